/** Demo articles beside the reference one, so that every public page has something to show. */
export type DemoArticle = {
  slug: string
  title: string
  lead: string
  body: string
  publishedAt: string // dd/MM/yyyy HH:mm, Vietnam time
  categories: string[]
  authors: string[]
  part?: number
  featured?: boolean
  status: 'published' | 'draft'
  image: number
}

export const SERIES_TITLE = 'Krông Nô linh hoạt triển khai thực hiện Đề án 05'

export const DEMO_ARTICLES: DemoArticle[] = [
  {
    slug: 'krong-no-linh-hoat-trien-khai-thuc-hien-de-an-05-ky-1-bat-dau-tu-nguoi-dung-dau',
    title: 'Krông Nô linh hoạt triển khai thực hiện Đề án 05 (kỳ 1): Bắt đầu từ người đứng đầu',
    lead: 'Ngay sau khi Đề án 05 được ban hành, Ban Thường vụ Huyện ủy Krông Nô xác định việc nhận diện biểu hiện suy thoái phải bắt đầu từ cán bộ chủ chốt, người đứng đầu các tổ chức cơ sở đảng.',
    body: `Ban Thường vụ Huyện ủy ban hành kế hoạch thực hiện Đề án 05, giao các tổ chức cơ sở đảng hướng dẫn chi bộ, đảng viên tự nhận diện các biểu hiện theo từng nhóm và xây dựng kế hoạch khắc phục.

Người đứng đầu cấp ủy các cấp viết cam kết trước, làm gương cho đảng viên trong chi bộ. Kết quả nhận diện được đưa vào sinh hoạt chi bộ định kỳ và là căn cứ đánh giá, xếp loại cuối năm.

Ban Tuyên giáo Huyện ủy tổ chức tập huấn cho cán bộ làm công tác tuyên giáo cơ sở về quy trình lập hồ sơ, các biểu mẫu và cách đối chiếu với phiếu kết luận cuối năm.`,
    publishedAt: '01/11/2022 08:30',
    categories: ['de-an-05'],
    authors: ['hoang-hoai'],
    part: 1,
    featured: true,
    status: 'published',
    image: 4,
  },
  {
    slug: 'ban-tuyen-giao-huyen-uy-tap-huan-quy-trinh-lap-ho-so-nhan-dien',
    title: 'Ban Tuyên giáo Huyện ủy tập huấn quy trình lập hồ sơ nhận diện',
    lead: 'Cán bộ phụ trách công tác tuyên giáo của các tổ chức cơ sở đảng được hướng dẫn thống nhất các bước, biểu mẫu và cách tự kiểm tra hồ sơ trước khi gửi thẩm định.',
    body: `Tại lớp tập huấn, học viên được giới thiệu bộ quy trình gồm các bước: nhận diện biểu hiện, xây dựng kế hoạch khắc phục, tự đánh giá cuối năm và đối chiếu với phiếu kết luận.

Các tổ chức cơ sở đảng gửi hồ sơ về Ban Tuyên giáo Huyện ủy để thẩm định, tham mưu Thường trực Huyện ủy phê duyệt. Hồ sơ chưa đạt được trả lại kèm lý do cụ thể để hoàn thiện.`,
    publishedAt: '15/10/2022 14:00',
    categories: ['de-an-05'],
    authors: ['ban-bien-tap'],
    status: 'published',
    image: 0,
  },
  {
    slug: 'uy-ban-kiem-tra-tang-cuong-giam-sat-chuyen-de',
    title: 'Ủy ban Kiểm tra các cấp tăng cường giám sát chuyên đề',
    lead: 'Nội dung thực hiện Đề án 05 được đưa vào chương trình kiểm tra, giám sát hằng năm đối với chi bộ và bí thư chi bộ.',
    body: `Ủy ban Kiểm tra Huyện ủy hướng dẫn cấp ủy cơ sở lồng ghép việc kiểm tra thực hiện kế hoạch khắc phục sau nhận diện vào giám sát thường xuyên.

Những trường hợp có dấu hiệu vi phạm được xem xét theo đúng quy trình; kết quả được tổng hợp định kỳ, báo cáo Ban Thường vụ Huyện ủy.`,
    publishedAt: '20/09/2022 10:15',
    categories: ['kiem-tra-giam-sat'],
    authors: ['ban-bien-tap'],
    featured: true,
    status: 'published',
    image: 2,
  },
  {
    slug: 'sinh-hoat-chi-bo-gan-voi-nhan-dien-bieu-hien-suy-thoai',
    title: 'Sinh hoạt chi bộ gắn với nhận diện biểu hiện suy thoái',
    lead: 'Nhiều chi bộ chọn mỗi kỳ sinh hoạt một vài biểu hiện để đảng viên cùng thảo luận, tự liên hệ và theo dõi việc khắc phục.',
    body: `Cách làm này giúp nội dung sinh hoạt cụ thể, tránh hình thức. Đảng viên được góp ý thẳng thắn, trên tinh thần xây dựng, giúp nhau tiến bộ.

Cuối năm, chi bộ tổng hợp kết quả khắc phục của từng đảng viên để làm căn cứ đánh giá, xếp loại chất lượng.`,
    publishedAt: '05/09/2022 07:45',
    categories: ['xay-dung-dang'],
    authors: ['hoang-hoai'],
    status: 'published',
    image: 1,
  },
  {
    slug: 'hoi-nghi-so-ket-cong-tac-xay-dung-dang-9-thang',
    title: 'Hội nghị sơ kết công tác xây dựng Đảng 9 tháng',
    lead: 'Huyện ủy đánh giá kết quả công tác xây dựng Đảng 9 tháng đầu năm và triển khai nhiệm vụ trọng tâm những tháng cuối năm.',
    body: `Hội nghị ghi nhận nhiều chuyển biến trong công tác chính trị tư tưởng, tổ chức cán bộ và kiểm tra, giám sát.

Các tổ chức cơ sở đảng được yêu cầu hoàn thiện hồ sơ nhận diện, kế hoạch khắc phục đúng thời hạn.`,
    publishedAt: '28/09/2022 16:20',
    categories: ['thoi-su'],
    authors: ['ban-bien-tap'],
    status: 'published',
    image: 3,
  },
  {
    slug: 'ban-nhap-ket-qua-danh-gia-cuoi-nam',
    title: 'Kết quả đánh giá việc khắc phục cuối năm (bản nháp)',
    lead: 'Bản nháp chờ biên tập viên duyệt đăng.',
    body: `Nội dung đang được phóng viên hoàn thiện.`,
    publishedAt: '10/11/2022 09:00',
    categories: ['de-an-05'],
    authors: ['hoang-hoai'],
    status: 'draft',
    image: 2,
  },
]

export const DEMO_CATEGORIES = [
  { slug: 'xay-dung-dang', title: 'Xây dựng Đảng', order: 1 },
  { slug: 'de-an-05', title: 'Đề án 05', parent: 'xay-dung-dang', order: 2 },
  { slug: 'kiem-tra-giam-sat', title: 'Kiểm tra, giám sát', parent: 'xay-dung-dang', order: 3 },
  { slug: 'thoi-su', title: 'Thời sự', order: 4 },
]

export const DEMO_AUTHORS = [
  { slug: 'hoang-hoai', name: 'Hoàng Hoài', bio: 'Phóng viên theo dõi mảng xây dựng Đảng.' },
  { slug: 'ban-bien-tap', name: 'Ban Biên tập', bio: 'Tin, bài của Ban Biên tập cổng Soi Sửa.' },
]

export const DEMO_PASSWORD = 'SoiSua@2026'

export const DEMO_USERS = [
  { email: 'admin@soisua.vn', name: 'Quản trị hệ thống', roles: ['admin'] },
  { email: 'bientap@soisua.vn', name: 'Biên tập viên', roles: ['editor'] },
  { email: 'phongvien@soisua.vn', name: 'Phóng viên', roles: ['reporter'] },
  { email: 'coso@soisua.vn', name: 'Cán bộ Đảng ủy thị trấn Đắk Mâm', roles: ['org-officer'], organizations: ['DM'] },
  { email: 'tuyengiao@soisua.vn', name: 'Ban Tuyên giáo Huyện ủy', roles: ['reviewer'], organizations: ['KN'] },
  { email: 'thuongtruc@soisua.vn', name: 'Thường trực Huyện ủy', roles: ['approver'], organizations: ['KN'] },
  { email: 'kiemtra@soisua.vn', name: 'Ủy ban Kiểm tra Huyện ủy', roles: ['inspector'], organizations: ['KN'] },
] as const
