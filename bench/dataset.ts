/**
 * A made-up but realistic corpus for the search benchmark: articles and guidance documents
 * written from the portal's own vocabulary, so word frequencies resemble the real content
 * (some words in nearly every text, most in few). Deterministic for a given seed.
 */
const PHRASES =
  `Huyện ủy|Ban Thường vụ|Ban Tuyên giáo|Ủy ban Kiểm tra|chi bộ|đảng viên|tổ chức cơ sở đảng|Đề án 05|Nghị quyết Trung ương 4|khóa XII|Chỉ thị 05|
tư tưởng chính trị|đạo đức|lối sống|tự diễn biến|tự chuyển hóa|biểu hiện|suy thoái|nhận diện|khắc phục|kế hoạch|hướng dẫn|hồ sơ|cam kết|rèn luyện|
kiểm tra|giám sát|kỷ luật|kỷ cương|sinh hoạt|phê bình|tự phê bình|người đứng đầu|cán bộ chủ chốt|Nhân dân|tiếp dân|một cửa|thủ tục hành chính|
thị trấn|xã|huyện|tỉnh|Đắk Nông|Krông Nô|Đắk Mâm|Đắk D’rô|Tân Thành|Nam Đà|Quảng Phú|Buôn Choáh|Nâm Nung|Đức Xuyên|Đắk Sôr|Nam Xuân|
hội nghị|sơ kết|tổng kết|triển khai|thực hiện|đánh giá|xếp loại|phân loại|chất lượng|năm|quý|tháng|đầu năm|cuối năm|định kỳ|thường xuyên|
nâng cao|tăng cường|đẩy mạnh|chú trọng|quyết liệt|bài bản|thực chất|hiệu quả|chuyển biến|tích cực|hạn chế|khuyết điểm|tồn tại|nguyên nhân|giải pháp|
phòng ngừa|răn đe|giáo dục|gương mẫu|nêu gương|trách nhiệm|dân chủ|đoàn kết|nội bộ|quy chế|làm việc|phiếu kết luận|biểu mẫu|quy trình|
học tập|làm theo|tư tưởng|phong cách|Hồ Chí Minh|lý luận|chính trị|nghị quyết|chỉ thị|kết luận|quy định|công văn|thông báo|văn bản|
sản xuất|đời sống|kinh tế|xã hội|nông thôn mới|cà phê|hồ tiêu|giao thông|trường học|y tế|an ninh|quốc phòng|môi trường|chuyển đổi số|
đoàn viên|thanh niên|phụ nữ|cựu chiến binh|nông dân|Mặt trận Tổ quốc|đoàn thể|chính quyền|Ủy ban nhân dân|Hội đồng nhân dân|
báo cáo|số liệu|tiến độ|hoàn thành|chưa hoàn thành|đạt|không đạt|phê duyệt|trả lại|thẩm định|tham mưu|đề xuất|ghi nhận|biểu dương|khen thưởng`
    .split('|')
    .map((p) => p.trim())
    .filter(Boolean)

const GLUE = [
  'và',
  'của',
  'trong',
  'với',
  'cho',
  'các',
  'những',
  'được',
  'đã',
  'sẽ',
  'để',
  'theo',
  'về',
  'tại',
  'từ',
  'là',
  'có',
  'không',
  'việc',
  'nhằm',
]

export { mulberry32 } from '@/seed/random'

export class TextMaker {
  constructor(private rand: () => number) {}
  private pick<T>(list: T[]): T {
    // Skewed: early phrases are common, late ones rare (a rough Zipf).
    const i = Math.floor(list.length * Math.pow(this.rand(), 1.6))
    return list[Math.min(i, list.length - 1)]
  }
  sentence(words: number): string {
    const out: string[] = []
    while (out.length < words)
      out.push(this.rand() < 0.35 ? GLUE[Math.floor(this.rand() * GLUE.length)] : this.pick(PHRASES))
    const s = out.join(' ')
    return s.charAt(0).toUpperCase() + s.slice(1) + '.'
  }
  paragraph(sentences: number): string {
    return Array.from({ length: sentences }, () => this.sentence(8 + Math.floor(this.rand() * 14))).join(' ')
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.rand() * (max - min + 1))
  }
}

const DAY = 24 * 3600_000
const SINCE = Date.parse('2016-01-01T00:00:00Z')

/** A public, published guidance document of the given type, as the benchmarks write it. */
export function benchDocument(text: TextMaker, i: number, type: { value: string }, body: unknown) {
  return {
    title: text.sentence(text.int(10, 20)).slice(0, -1),
    slug: `van-ban-${i}`,
    number: `${i + 1}-${type.value.slice(0, 2).toUpperCase()}/HU`,
    type: type.value,
    issuer: i % 3 === 0 ? 'Ban Thường vụ Huyện ủy' : 'Ban Tuyên giáo Huyện ủy',
    issuedAt: new Date(SINCE + text.int(0, 3000) * DAY).toISOString(),
    summary: text.paragraph(2),
    body,
    status: 'in-force',
    visibility: 'public',
    _status: 'published',
  }
}
