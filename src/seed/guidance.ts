import type { Payload } from 'payload'
import type { DocumentRelation, DocumentType } from '@/documents/taxonomy'
import { demoDocx, demoPdf } from './files'
import { paragraph, richText } from './lexical'

/**
 * The documents the reference article cites, plus the district's form and one internal
 * note for the staff demo. Titles follow how the article names them; summaries are the
 * editors' own words, not quotations.
 */
export type DemoDocument = {
  number: string
  type: DocumentType
  title: string
  issuer: string
  issuedAt: string // yyyy-mm-dd, Vietnam date
  summary: string
  body: string[]
  visibility: 'public' | 'internal'
  related?: Array<{ relation: DocumentRelation; number: string }>
  file?: { name: string; title: string; kind: 'main' | 'template'; format: 'pdf' | 'docx'; lines: string[] }
  history?: Array<{ date: string; note: string }>
}

export const DEMO_DOCUMENTS: DemoDocument[] = [
  {
    number: '05-CT/TW',
    type: 'chi-thi',
    title: 'Chỉ thị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    issuer: 'Bộ Chính trị',
    issuedAt: '2016-05-15',
    summary:
      'Chỉ thị của Bộ Chính trị (khóa XII) yêu cầu đưa việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh thành việc làm thường xuyên của tổ chức đảng, cán bộ, đảng viên, gắn với trách nhiệm nêu gương của người đứng đầu.',
    body: [
      'Huyện ủy Krông Nô yêu cầu các tổ chức cơ sở đảng gắn việc thực hiện Chỉ thị này với kế hoạch khắc phục các biểu hiện sau nhận diện.',
      'Bản cam kết rèn luyện của đảng viên được xây dựng theo tinh thần Chỉ thị này, Nghị quyết Trung ương 4 (khóa XII) và Đề án 05.',
      'Phần trên là tóm tắt của Ban Biên tập; toàn văn xem tại nguồn chính thức của Đảng.',
    ],
    visibility: 'public',
  },
  {
    number: '04-NQ/TW',
    type: 'nghi-quyet',
    title:
      'Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII về tăng cường xây dựng, chỉnh đốn Đảng; ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị, đạo đức, lối sống, những biểu hiện “tự diễn biến”, “tự chuyển hóa” trong nội bộ',
    issuer: 'Ban Chấp hành Trung ương Đảng (khóa XII)',
    issuedAt: '2016-10-30',
    summary:
      'Nghị quyết Trung ương 4 (khóa XII) chỉ ra 27 biểu hiện suy thoái, chia ba nhóm: tư tưởng chính trị; đạo đức, lối sống; “tự diễn biến”, “tự chuyển hóa” — mỗi nhóm 9 biểu hiện — và các nhóm giải pháp để ngăn chặn, đẩy lùi.',
    body: [
      'Danh mục biểu hiện trên cổng Soi Sửa được xây dựng từ ba nhóm biểu hiện của Nghị quyết này; các biểu hiện cụ thể do địa phương bổ sung nằm dưới từng biểu hiện gốc.',
      'Phần trên là tóm tắt của Ban Biên tập; toàn văn xem tại nguồn chính thức của Đảng.',
    ],
    visibility: 'public',
  },
  {
    number: '73-KH/HU',
    type: 'ke-hoach',
    title:
      'Kế hoạch thực hiện Đề án đấu tranh ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị, đạo đức, lối sống, những biểu hiện “tự diễn biến”, “tự chuyển hóa” trong Đảng bộ huyện Krông Nô',
    issuer: 'Ban Thường vụ Huyện ủy Krông Nô',
    issuedAt: '2018-09-24',
    summary:
      'Kế hoạch của Ban Thường vụ Huyện ủy triển khai Đề án 05 trong Đảng bộ huyện: các tổ chức cơ sở đảng và đảng viên tự nhận diện biểu hiện, xây dựng kế hoạch khắc phục, tự đánh giá cuối năm; Ban Tuyên giáo Huyện ủy hướng dẫn và thẩm định hồ sơ.',
    body: [
      'Kế hoạch giao các tổ chức cơ sở đảng hướng dẫn chi bộ, đảng viên nhận diện các biểu hiện theo từng nhóm, xây dựng kế hoạch khắc phục phù hợp thực tế đơn vị.',
      'Kết quả nhận diện và khắc phục là một căn cứ đánh giá, xếp loại tổ chức đảng và đảng viên hằng năm.',
      'Phần trên là tóm tắt của Ban Biên tập.',
    ],
    visibility: 'public',
    related: [{ relation: 'implements', number: '04-NQ/TW' }],
    file: {
      name: 'ke-hoach-73-kh-hu.pdf',
      title: 'Kế hoạch số 73-KH/HU (bản PDF minh họa)',
      kind: 'main',
      format: 'pdf',
      lines: [
        'Ke hoach so 73-KH/HU ngay 24/9/2018',
        'Ban Thuong vu Huyen uy Krong No',
        '(Ban minh hoa cua du lieu mau Soi Sua)',
      ],
    },
  },
  {
    number: '436-HD/BTGHU',
    type: 'huong-dan',
    title:
      'Hướng dẫn một số nội dung thực hiện Đề án đấu tranh ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị, đạo đức, lối sống, những biểu hiện “tự diễn biến”, “tự chuyển hóa” trong Đảng bộ huyện Krông Nô',
    issuer: 'Ban Tuyên giáo Huyện ủy Krông Nô',
    issuedAt: '2018-10-22',
    summary:
      'Hướng dẫn của Ban Tuyên giáo Huyện ủy về cách các tổ chức cơ sở đảng tổ chức nhận diện, lập hồ sơ và kế hoạch khắc phục, đối chiếu với phiếu kết luận cuối năm, và gửi hồ sơ về Ban Tuyên giáo thẩm định.',
    body: [
      'Hướng dẫn nêu các bước: nhận diện biểu hiện, xây dựng kế hoạch khắc phục, tự đánh giá cuối năm, đối chiếu với phiếu kết luận và gửi hồ sơ thẩm định.',
      'Hồ sơ chưa đạt được trả lại kèm lý do để hoàn thiện; hồ sơ đạt được tham mưu Thường trực Huyện ủy phê duyệt.',
      'Phần trên là tóm tắt của Ban Biên tập.',
    ],
    visibility: 'public',
    related: [{ relation: 'implements', number: '73-KH/HU' }],
    history: [
      {
        date: '2021-07-01',
        note: 'Bổ sung bộ quy trình các bước và biểu mẫu thống nhất sau khi Ban Tuyên giáo Tỉnh ủy chỉ ra hạn chế (theo bài viết của cổng).',
      },
    ],
  },
  {
    number: 'BM-01',
    type: 'bieu-mau',
    title: 'Mẫu bản cam kết rèn luyện và kế hoạch khắc phục của đảng viên',
    issuer: 'Ban Tuyên giáo Huyện ủy Krông Nô',
    issuedAt: '2021-07-01',
    summary:
      'Biểu mẫu gộp bản cam kết rèn luyện và kế hoạch khắc phục sau nhận diện làm một, để tránh chồng chéo và rút gọn thủ tục. Tải mẫu, điền và nộp cho chi bộ.',
    body: [
      'Mẫu gồm: các biểu hiện tự nhận diện, cam kết rèn luyện, biện pháp khắc phục và thời hạn, kết quả tự đánh giá cuối năm.',
    ],
    visibility: 'public',
    related: [{ relation: 'implements', number: '436-HD/BTGHU' }],
    file: {
      name: 'mau-cam-ket-va-ke-hoach-khac-phuc.docx',
      title: 'Mẫu BM-01 (Word)',
      kind: 'template',
      format: 'docx',
      lines: [
        'BẢN CAM KẾT RÈN LUYỆN VÀ KẾ HOẠCH KHẮC PHỤC',
        'Họ và tên: ……………………   Chi bộ: ……………………',
        '1. Các biểu hiện tự nhận diện (ghi mã và tên biểu hiện):',
        '2. Cam kết rèn luyện:',
        '3. Biện pháp khắc phục, thời hạn:',
        '4. Tự đánh giá cuối năm:',
      ],
    },
  },
  {
    number: 'TB-NB-01',
    type: 'thong-bao',
    title: 'Thông báo nội bộ về tiến độ nộp hồ sơ nhận diện (dữ liệu mẫu)',
    issuer: 'Ban Tuyên giáo Huyện ủy Krông Nô',
    issuedAt: '2022-10-10',
    summary: 'Văn bản mẫu chỉ dành cho cán bộ: nhắc các tổ chức cơ sở đảng chưa nộp hồ sơ hoàn thiện trước thời hạn.',
    body: ['Văn bản này chỉ cán bộ đăng nhập mới đọc được; người đọc công khai không thấy văn bản và tệp đính kèm.'],
    visibility: 'internal',
    file: {
      name: 'thong-bao-noi-bo-tien-do.pdf',
      title: 'Thông báo nội bộ (PDF)',
      kind: 'main',
      format: 'pdf',
      lines: ['Thong bao noi bo ve tien do nop ho so (du lieu mau)'],
    },
  },
]

const vietnamDate = (ymd: string) => new Date(`${ymd}T00:00:00+07:00`).toISOString()

type Created = Record<string, number>

/** Loads the demo documents; what already exists (by number) is kept. Returns id by number. */
export async function seedGuidanceDocuments(payload: Payload, created: Created): Promise<Map<string, string>> {
  const ids = new Map<string, string>()
  const context = { seeding: true }
  for (const d of DEMO_DOCUMENTS) {
    const found = await payload.find({
      collection: 'guidance-documents',
      where: { number: { equals: d.number } },
      limit: 1,
      depth: 0,
      draft: true,
    })
    if (found.docs[0]) {
      ids.set(d.number, String(found.docs[0].id))
      continue
    }
    const attachments = []
    if (d.file) {
      const data = d.file.format === 'pdf' ? demoPdf(d.file.lines) : demoDocx(d.file.lines)
      const mimetype =
        d.file.format === 'pdf'
          ? 'application/pdf'
          : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
      const file = await payload.create({
        collection: 'document-files',
        data: { title: d.file.title },
        file: { data, mimetype, name: d.file.name, size: data.length },
        context,
      })
      created['document-files'] = (created['document-files'] ?? 0) + 1
      attachments.push({ file: file.id, label: d.file.title, kind: d.file.kind })
    }
    const doc = await payload.create({
      collection: 'guidance-documents',
      data: {
        title: d.title,
        number: d.number,
        type: d.type,
        issuer: d.issuer,
        issuedAt: vietnamDate(d.issuedAt),
        effectiveAt: vietnamDate(d.issuedAt),
        summary: d.summary,
        body: richText(d.body.map(paragraph)),
        attachments,
        relatedDocuments: (d.related ?? [])
          .filter((r) => ids.has(r.number))
          .map((r) => ({ relation: r.relation, document: ids.get(r.number)! })),
        changeHistory: (d.history ?? []).map((h) => ({ date: vietnamDate(h.date), note: h.note })),
        status: 'in-force',
        visibility: d.visibility,
        _status: 'published',
      },
      context,
    })
    created['guidance-documents'] = (created['guidance-documents'] ?? 0) + 1
    ids.set(d.number, String(doc.id))
  }
  return ids
}

/** The reference article cites four of these documents; link them so each page lists the other. */
export async function citeDocumentsInArticle(
  payload: Payload,
  articleId: string | number,
  ids: Map<string, string>,
  numbers: string[],
): Promise<void> {
  const article = await payload.findByID({ collection: 'articles', id: articleId, depth: 0 })
  if (Array.isArray(article.documents) && article.documents.length > 0) return
  const documents = numbers.map((n) => ids.get(n)).filter((id): id is string => Boolean(id))
  await payload.update({
    collection: 'articles',
    id: articleId,
    data: { documents },
    context: { seeding: true },
  })
}
