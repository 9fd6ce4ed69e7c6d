import type { Payload } from 'payload'

/**
 * The demo catalogue: the three groups of Resolution TW4 (khóa XII), nine base indicators
 * in each, and a few local specific ones of the kind a district adds (the province's 85).
 * Indicator names here are short paraphrases for the demo, not the resolution's wording;
 * the real catalogue is loaded with the admin's CSV/JSON import.
 */
type Base = { title: string; explanation: string; examples: string; remedies: string }
type Specific = { parent: string; code: string; title: string; examples?: string; remedies?: string }

export const DEMO_GROUPS = [
  {
    code: 'TT',
    name: 'Suy thoái về tư tưởng chính trị',
    description: 'Chín biểu hiện suy thoái về tư tưởng chính trị theo Nghị quyết Trung ương 4 (khóa XII).',
  },
  {
    code: 'DD',
    name: 'Suy thoái về đạo đức, lối sống',
    description: 'Chín biểu hiện suy thoái về đạo đức, lối sống theo Nghị quyết Trung ương 4 (khóa XII).',
  },
  {
    code: 'TDB',
    name: 'Biểu hiện “tự diễn biến”, “tự chuyển hóa”',
    description: 'Chín biểu hiện “tự diễn biến”, “tự chuyển hóa” trong nội bộ theo Nghị quyết Trung ương 4 (khóa XII).',
  },
] as const

const b = (title: string, explanation: string, examples: string, remedies: string): Base => ({
  title,
  explanation,
  examples,
  remedies,
})

export const DEMO_BASE_INDICATORS: Record<(typeof DEMO_GROUPS)[number]['code'], Base[]> = {
  TT: [
    b(
      'Phai nhạt lý tưởng cách mạng, giảm sút niềm tin vào mục tiêu độc lập dân tộc và chủ nghĩa xã hội',
      'Dao động, hoài nghi về con đường đã chọn, không còn coi lý tưởng là động lực phấn đấu.',
      'Phát biểu bi quan, hoài nghi về đường lối trong sinh hoạt chi bộ hoặc trên mạng xã hội.',
      'Học tập lý luận chính trị thường xuyên; chi bộ phân công đảng viên giúp đỡ, trao đổi thẳng thắn.',
    ),
    b(
      'Lười học tập lý luận chính trị, nghị quyết, chỉ thị của Đảng',
      'Ngại nghiên cứu, không nắm được nội dung cơ bản của nghị quyết, không vận dụng vào công việc.',
      'Vắng học tập nghị quyết không lý do; thu hoạch sao chép.',
      'Đăng ký kế hoạch tự học; chi bộ kiểm tra việc viết thu hoạch và vận dụng.',
    ),
    b(
      'Không còn ý thức hết lòng vì nước, vì dân; không làm tròn chức trách, nhiệm vụ',
      'Làm việc cầm chừng, thiếu trách nhiệm với kết quả chung.',
      'Công việc được giao chậm trễ kéo dài, chất lượng thấp.',
      'Xác định rõ nhiệm vụ, thời hạn; người đứng đầu theo dõi, đánh giá định kỳ.',
    ),
    b(
      'Thiếu trách nhiệm, né tránh, đùn đẩy trước việc khó',
      'Ngại va chạm với việc phức tạp, đẩy việc cho người khác hoặc cấp trên.',
      'Chuyển đơn thư, vụ việc qua lại giữa các bộ phận mà không giải quyết.',
      'Phân công rõ người, rõ việc; đánh giá theo kết quả giải quyết.',
    ),
    b(
      'Nói và làm không nhất quán, thiếu gương mẫu',
      'Nói một đằng làm một nẻo; yêu cầu người khác nhưng bản thân không thực hiện.',
      'Cán bộ chủ chốt vi phạm chính quy định mình triển khai.',
      'Nêu gương từ người đứng đầu; công khai cam kết và kết quả thực hiện.',
    ),
    b(
      'Ngại va chạm, “dĩ hòa vi quý”, không dám đấu tranh với cái sai',
      'Thấy đúng không bảo vệ, thấy sai không đấu tranh.',
      'Im lặng khi biết sai phạm trong đơn vị.',
      'Phát huy dân chủ trong sinh hoạt; bảo vệ người dám đấu tranh.',
    ),
    b(
      'Tự phê bình và phê bình hình thức, nể nang, né tránh',
      'Kiểm điểm chung chung, che giấu khuyết điểm của mình và người khác.',
      'Bản kiểm điểm cuối năm không nêu khuyết điểm cụ thể.',
      'Đối chiếu bản kiểm điểm với phiếu kết luận; góp ý cụ thể, có địa chỉ.',
    ),
    b(
      'Vi phạm nguyên tắc tập trung dân chủ',
      'Gia trưởng, độc đoán; hoặc dựa dẫm, ỷ lại tập thể, không dám chịu trách nhiệm.',
      'Quyết định việc quan trọng không qua tập thể bàn bạc.',
      'Thực hiện đúng quy chế làm việc; công khai quyết định của tập thể.',
    ),
    b(
      'Kèn cựa địa vị, tham vọng chức quyền; không chấp hành sự phân công',
      'Đặt lợi ích cá nhân lên trên sự phân công của tổ chức.',
      'Từ chối nhận nhiệm vụ ở vị trí khó khăn.',
      'Giáo dục ý thức tổ chức; xem xét trách nhiệm khi không chấp hành phân công.',
    ),
  ],
  DD: [
    b(
      'Chủ nghĩa cá nhân, sống ích kỷ, thực dụng, cơ hội, vụ lợi',
      'Đặt lợi ích riêng lên trên lợi ích tập thể.',
      'Chỉ nhận việc có lợi cho bản thân.',
      'Tự soi, tự sửa theo cam kết rèn luyện; chi bộ theo dõi, góp ý.',
    ),
    b(
      'Vô cảm, thờ ơ trước khó khăn, bức xúc của Nhân dân',
      'Thiếu quan tâm đến đời sống, kiến nghị của người dân.',
      'Không trả lời kiến nghị của người dân đúng hạn.',
      'Bám cơ sở, tiếp dân định kỳ; công khai kết quả giải quyết kiến nghị.',
    ),
    b(
      'Quan liêu, xa dân, hách dịch, cửa quyền',
      'Gây phiền hà, sách nhiễu khi giải quyết công việc của dân.',
      'Yêu cầu thêm giấy tờ không có trong quy định.',
      'Niêm yết công khai thủ tục; lấy ý kiến người dân về thái độ phục vụ.',
    ),
    b(
      'Lãng phí, sử dụng tài sản công sai mục đích',
      'Chi tiêu, mua sắm, sử dụng tài sản công không đúng quy định.',
      'Dùng xe công vào việc riêng.',
      'Công khai chi tiêu; kiểm tra việc sử dụng tài sản công.',
    ),
    b(
      'Tham nhũng, lợi dụng chức vụ, quyền hạn để trục lợi',
      'Dùng vị trí công tác để mưu lợi cho bản thân.',
      'Nhận quà, tiền để giải quyết nhanh hồ sơ.',
      'Kê khai tài sản, thu nhập; xử lý nghiêm vi phạm.',
    ),
    b(
      'Vun vén cho người thân, “lợi ích nhóm”',
      'Dùng ảnh hưởng để sắp xếp lợi ích cho người thân, người quen.',
      'Can thiệp vào tuyển dụng để ưu tiên người nhà.',
      'Công khai quy trình tuyển dụng, bổ nhiệm; kiểm soát xung đột lợi ích.',
    ),
    b(
      'Chạy chức, chạy quyền, tác động sai trái vào công tác cán bộ',
      'Tìm cách tác động để được đề bạt, bổ nhiệm trái quy trình.',
      'Nhờ người tác động trước kỳ quy hoạch.',
      'Thực hiện đúng quy trình công tác cán bộ; giám sát của Ủy ban Kiểm tra.',
    ),
    b(
      'Sống xa hoa, hưởng lạc, phô trương',
      'Tổ chức việc cưới, việc tang, sinh nhật linh đình, vượt hoàn cảnh.',
      'Mời khách tràn lan, nhận phong bì của cấp dưới.',
      'Thực hiện quy định về nếp sống văn minh; chi bộ nhắc nhở kịp thời.',
    ),
    b(
      'Gây mất đoàn kết nội bộ, bè phái, cục bộ',
      'Chia bè kéo cánh, nói xấu, gây chia rẽ trong tập thể.',
      'Tung tin thất thiệt về đồng nghiệp trước kỳ bầu cử.',
      'Đối thoại, hòa giải trong chi bộ; xử lý người cố ý gây chia rẽ.',
    ),
  ],
  TDB: [
    b(
      'Phụ họa, a dua theo quan điểm sai trái, thù địch',
      'Thiếu chính kiến, dễ bị lôi kéo bởi thông tin xấu độc.',
      'Bấm thích, chia sẻ bài viết xuyên tạc trên mạng xã hội.',
      'Nâng cao bản lĩnh chính trị; kiểm chứng thông tin trước khi chia sẻ.',
    ),
    b(
      'Phủ nhận nền tảng tư tưởng của Đảng, đòi “đa nguyên, đa đảng”',
      'Hoài nghi, phủ nhận chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh.',
      'Phát ngôn phủ nhận nền tảng tư tưởng trong sinh hoạt.',
      'Bồi dưỡng lý luận; cấp ủy đấu tranh, xử lý theo quy định.',
    ),
    b(
      'Phủ nhận vai trò lãnh đạo của Đảng; đòi “phi chính trị hóa” lực lượng vũ trang',
      'Xuyên tạc vai trò lãnh đạo của Đảng đối với Nhà nước và xã hội.',
      'Tán phát tài liệu đòi tách lực lượng vũ trang khỏi sự lãnh đạo của Đảng.',
      'Đấu tranh phản bác; xử lý nghiêm theo Điều lệ Đảng.',
    ),
    b(
      'Xuyên tạc lịch sử, bôi nhọ lãnh tụ, anh hùng dân tộc',
      'Đánh giá sai lệch lịch sử, hạ thấp công lao của thế hệ đi trước.',
      'Chia sẻ bài viết xuyên tạc lịch sử.',
      'Giáo dục truyền thống; phản bác bằng tư liệu chính thống.',
    ),
    b(
      'Nói, viết, làm trái quan điểm, đường lối của Đảng, pháp luật của Nhà nước',
      'Phát ngôn tùy tiện, trái với chủ trương đã được quyết định.',
      'Bình luận trái chủ trương trên trang cá nhân.',
      'Thực hiện quy định về phát ngôn; chi bộ góp ý, xử lý kịp thời.',
    ),
    b(
      'Tán phát thông tin sai sự thật, xấu độc trên không gian mạng',
      'Đăng, chia sẻ thông tin chưa kiểm chứng gây hoang mang.',
      'Chia sẻ tin đồn về cán bộ chưa được xác minh.',
      'Trang bị kỹ năng nhận diện tin giả; xử lý theo quy định.',
    ),
    b(
      'Cổ xúy lối sống lai căng, xa rời giá trị văn hóa dân tộc',
      'Đề cao lối sống thực dụng, coi nhẹ truyền thống.',
      'Quảng bá lối sống hưởng thụ trên mạng xã hội.',
      'Xây dựng môi trường văn hóa trong cơ quan, khu dân cư.',
    ),
    b(
      'Lợi dụng vấn đề dân tộc, tôn giáo, dân chủ, nhân quyền để gây chia rẽ',
      'Kích động tư tưởng hẹp hòi, chia rẽ khối đại đoàn kết.',
      'Kích động khiếu kiện đông người.',
      'Nắm chắc tình hình cơ sở; đối thoại, giải quyết kịp thời vướng mắc.',
    ),
    b(
      'Móc nối, cấu kết với tổ chức, cá nhân phản động',
      'Có quan hệ, nhận tài trợ hoặc thực hiện yêu cầu của tổ chức phản động.',
      'Tham gia nhóm kín do tổ chức phản động lập ra.',
      'Bảo vệ chính trị nội bộ; xử lý nghiêm theo pháp luật và Điều lệ Đảng.',
    ),
  ],
}

export const DEMO_SPECIFIC_INDICATORS: Specific[] = [
  {
    parent: 'TT-02',
    code: 'TT-02.01',
    title: 'Không dự đầy đủ các buổi học tập, quán triệt nghị quyết do cấp ủy tổ chức',
  },
  { parent: 'TT-02', code: 'TT-02.02', title: 'Viết thu hoạch sao chép, hình thức sau học tập nghị quyết' },
  { parent: 'TT-07', code: 'TT-07.01', title: 'Không phát biểu, góp ý hoặc góp ý chung chung trong sinh hoạt chi bộ' },
  {
    parent: 'DD-02',
    code: 'DD-02.01',
    title: 'Chậm trễ, đùn đẩy khi giải quyết thủ tục của người dân tại bộ phận một cửa',
    remedies: 'Theo dõi thời hạn từng hồ sơ; lấy ý kiến người dân sau mỗi lần giải quyết.',
  },
  {
    parent: 'DD-08',
    code: 'DD-08.01',
    title: 'Tổ chức cưới hỏi, sinh nhật mời khách tràn lan, vượt quy ước của địa phương',
  },
  { parent: 'DD-09', code: 'DD-09.01', title: 'Nói xấu, gây chia rẽ đồng chí, đồng nghiệp trong chi bộ' },
  {
    parent: 'TDB-06',
    code: 'TDB-06.01',
    title: 'Chia sẻ, bình luận tin chưa kiểm chứng về chủ trương của Đảng trên mạng xã hội',
  },
  {
    parent: 'TDB-06',
    code: 'TDB-06.02',
    title: 'Tham gia nhóm mạng xã hội có nội dung xấu độc mà không báo cáo chi bộ',
  },
]

/** The demo catalogue as plain rows (id = code), as the indicator matcher and its benchmark read it. */
export function demoCatalogueRows(): Array<Base & { id: string; code: string; parent?: string }> {
  const rows: Array<Base & { id: string; code: string; parent?: string }> = []
  for (const g of DEMO_GROUPS) {
    DEMO_BASE_INDICATORS[g.code].forEach((base, i) => {
      const code = `${g.code}-${String(i + 1).padStart(2, '0')}`
      rows.push({ id: code, code, ...base })
    })
  }
  for (const s of DEMO_SPECIFIC_INDICATORS) {
    rows.push({
      id: s.code,
      code: s.code,
      title: s.title,
      explanation: '',
      examples: s.examples ?? '',
      remedies: s.remedies ?? '',
      parent: s.parent,
    })
  }
  return rows
}

type Created = Record<string, number>

/** Loads the demo catalogue; groups and indicators that exist (by code) are kept. */
export async function seedCatalogue(
  payload: Payload,
  created: Created,
  documentIds: Map<string, string>,
): Promise<void> {
  const context = { seeding: true }
  const resolution = documentIds.get('04-NQ/TW')
  const guidance = documentIds.get('436-HD/BTGHU')
  const byCode = async (collection: 'indicator-groups' | 'indicators', code: string) =>
    (await payload.find({ collection, where: { code: { equals: code } }, limit: 1, depth: 0 })).docs[0] as
      { id: string } | undefined
  const count = (k: string) => (created[k] = (created[k] ?? 0) + 1)

  const indicatorIds = new Map<string, string>()
  for (const [gi, g] of DEMO_GROUPS.entries()) {
    let group = await byCode('indicator-groups', g.code)
    if (!group) {
      group = await payload.create({
        collection: 'indicator-groups',
        data: { ...g, order: gi + 1, sourceDocument: resolution },
        context,
      })
      count('indicator-groups')
    }
    for (const [i, base] of DEMO_BASE_INDICATORS[g.code].entries()) {
      const code = `${g.code}-${String(i + 1).padStart(2, '0')}`
      let doc = await byCode('indicators', code)
      if (!doc) {
        doc = await payload.create({
          collection: 'indicators',
          data: { code, order: i + 1, group: group.id, sourceDocument: resolution, ...base },
          context,
        })
        count('indicators')
      }
      indicatorIds.set(code, String(doc.id))
    }
    for (const [i, s] of DEMO_SPECIFIC_INDICATORS.filter((s) => s.parent.startsWith(`${g.code}-`)).entries()) {
      if (await byCode('indicators', s.code)) continue
      await payload.create({
        collection: 'indicators',
        data: {
          code: s.code,
          title: s.title,
          order: i + 1,
          group: group.id,
          parent: indicatorIds.get(s.parent),
          sourceDocument: guidance,
          explanation: 'Biểu hiện cụ thể do địa phương bổ sung dưới biểu hiện gốc (dữ liệu mẫu).',
          examples: s.examples ?? '',
          remedies: s.remedies ?? '',
        },
        context,
      })
      count('indicators')
    }
  }
}
