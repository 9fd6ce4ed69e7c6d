/**
 * The district of the reference article: 35 grassroots organisations (TCCS) under the
 * district Party committee, Đắk Mâm town with its 16 cells, and how far each had got with
 * its 2022 dossier when the article was written: "15/35 TCCS đảng có đầy đủ hồ sơ, kế hoạch
 * khắc phục, 2 đơn vị kế hoạch không bảo đảm yêu cầu, 11 đơn vị chưa có hồ sơ, còn 7 đơn vị
 * mới thành lập". Names are illustrative; the tally is the article's.
 */
export type SeedOutcome =
  | 'approved' // complete
  | 'approved-after-return' // complete, after one round of corrections
  | 'approved-after-reopen' // complete, reopened once by the Standing Board and approved again
  | 'returned-by-reviewer' // inadequate
  | 'returned-by-approver' // inadequate
  | 'submitted' // in review (only cells here, so the tally has none)
  | 'recommended' // in review
  | 'draft' // none: still being written
  | 'none' // none: not started
  | 'new' // newly established, not yet required

export type SeedOrganization = {
  code: string
  name: string
  kind: 'grassroots-committee' | 'grassroots-cell' | 'cell'
  sector: 'commune' | 'agency' | 'enterprise' | 'armed-forces'
  established: string // yyyy-mm-dd
  outcome: SeedOutcome
}

export const DOSSIER_YEAR = 2022

const old = '1990-01-01'

export const GRASSROOTS: SeedOrganization[] = [
  // Communes and the town (đảng bộ xã, thị trấn)
  {
    code: 'DM',
    name: 'Đảng bộ thị trấn Đắk Mâm',
    kind: 'grassroots-committee',
    sector: 'commune',
    established: old,
    outcome: 'approved',
  },
  {
    code: 'BC',
    name: 'Đảng bộ xã Buôn Choáh',
    kind: 'grassroots-committee',
    sector: 'commune',
    established: old,
    outcome: 'approved',
  },
  {
    code: 'DDR',
    name: 'Đảng bộ xã Đắk Drô',
    kind: 'grassroots-committee',
    sector: 'commune',
    established: old,
    outcome: 'approved',
  },
  {
    code: 'DN',
    name: 'Đảng bộ xã Đắk Nang',
    kind: 'grassroots-committee',
    sector: 'commune',
    established: old,
    outcome: 'approved',
  },
  {
    code: 'DS',
    name: 'Đảng bộ xã Đắk Sôr',
    kind: 'grassroots-committee',
    sector: 'commune',
    established: old,
    outcome: 'draft',
  },
  {
    code: 'DX',
    name: 'Đảng bộ xã Đức Xuyên',
    kind: 'grassroots-committee',
    sector: 'commune',
    established: old,
    outcome: 'approved',
  },
  {
    code: 'ND',
    name: 'Đảng bộ xã Nam Đà',
    kind: 'grassroots-committee',
    sector: 'commune',
    established: old,
    outcome: 'approved',
  },
  {
    code: 'NX',
    name: 'Đảng bộ xã Nam Xuân',
    kind: 'grassroots-committee',
    sector: 'commune',
    established: old,
    outcome: 'approved',
  },
  {
    code: 'NND',
    name: 'Đảng bộ xã Nâm N’Đir',
    kind: 'grassroots-committee',
    sector: 'commune',
    established: old,
    outcome: 'returned-by-reviewer',
  },
  {
    code: 'NNU',
    name: 'Đảng bộ xã Nâm Nung',
    kind: 'grassroots-committee',
    sector: 'commune',
    established: old,
    outcome: 'none',
  },
  {
    code: 'QP',
    name: 'Đảng bộ xã Quảng Phú',
    kind: 'grassroots-committee',
    sector: 'commune',
    established: old,
    outcome: 'approved-after-return',
  },
  {
    code: 'TTH',
    name: 'Đảng bộ xã Tân Thành',
    kind: 'grassroots-committee',
    sector: 'commune',
    established: old,
    outcome: 'approved',
  },
  // Armed forces
  {
    code: 'QS',
    name: 'Đảng bộ Quân sự huyện',
    kind: 'grassroots-committee',
    sector: 'armed-forces',
    established: old,
    outcome: 'approved',
  },
  {
    code: 'CA',
    name: 'Đảng bộ Công an huyện',
    kind: 'grassroots-committee',
    sector: 'armed-forces',
    established: old,
    outcome: 'approved',
  },
  // Agencies and enterprises (chi bộ cơ sở)
  {
    code: 'VPHU',
    name: 'Chi bộ Văn phòng Huyện ủy',
    kind: 'grassroots-cell',
    sector: 'agency',
    established: old,
    outcome: 'approved',
  },
  {
    code: 'VPUB',
    name: 'Chi bộ Văn phòng HĐND và UBND huyện',
    kind: 'grassroots-cell',
    sector: 'agency',
    established: old,
    outcome: 'approved',
  },
  {
    code: 'TAND',
    name: 'Chi bộ Tòa án nhân dân huyện',
    kind: 'grassroots-cell',
    sector: 'agency',
    established: old,
    outcome: 'approved',
  },
  {
    code: 'VKS',
    name: 'Chi bộ Viện Kiểm sát nhân dân huyện',
    kind: 'grassroots-cell',
    sector: 'agency',
    established: old,
    outcome: 'approved-after-reopen',
  },
  {
    code: 'THA',
    name: 'Chi bộ Chi cục Thi hành án dân sự huyện',
    kind: 'grassroots-cell',
    sector: 'agency',
    established: old,
    outcome: 'returned-by-approver',
  },
  {
    code: 'CCT',
    name: 'Chi bộ Chi cục Thuế khu vực',
    kind: 'grassroots-cell',
    sector: 'agency',
    established: old,
    outcome: 'draft',
  },
  {
    code: 'KBNN',
    name: 'Chi bộ Kho bạc Nhà nước huyện',
    kind: 'grassroots-cell',
    sector: 'agency',
    established: old,
    outcome: 'none',
  },
  {
    code: 'BHXH',
    name: 'Chi bộ Bảo hiểm xã hội huyện',
    kind: 'grassroots-cell',
    sector: 'agency',
    established: old,
    outcome: 'none',
  },
  {
    code: 'TTYT',
    name: 'Chi bộ Trung tâm Y tế huyện',
    kind: 'grassroots-cell',
    sector: 'agency',
    established: old,
    outcome: 'draft',
  },
  {
    code: 'PGD',
    name: 'Chi bộ Phòng Giáo dục và Đào tạo huyện',
    kind: 'grassroots-cell',
    sector: 'agency',
    established: old,
    outcome: 'none',
  },
  {
    code: 'THPTKN',
    name: 'Chi bộ Trường THPT Krông Nô',
    kind: 'grassroots-cell',
    sector: 'agency',
    established: old,
    outcome: 'none',
  },
  {
    code: 'THPTHV',
    name: 'Chi bộ Trường THPT Hùng Vương',
    kind: 'grassroots-cell',
    sector: 'agency',
    established: old,
    outcome: 'none',
  },
  {
    code: 'NHCS',
    name: 'Chi bộ Ngân hàng Chính sách xã hội huyện',
    kind: 'grassroots-cell',
    sector: 'agency',
    established: old,
    outcome: 'draft',
  },
  {
    code: 'LNNN',
    name: 'Chi bộ Công ty TNHH MTV Lâm nghiệp Nam Nung',
    kind: 'grassroots-cell',
    sector: 'enterprise',
    established: old,
    outcome: 'none',
  },
  // Established in the second half of 2022: not yet required to file for 2022
  {
    code: 'TTVH',
    name: 'Chi bộ Trung tâm Văn hóa, Thể thao và Truyền thông huyện',
    kind: 'grassroots-cell',
    sector: 'agency',
    established: '2022-07-15',
    outcome: 'new',
  },
  {
    code: 'BQLDA',
    name: 'Chi bộ Ban Quản lý dự án và Phát triển quỹ đất huyện',
    kind: 'grassroots-cell',
    sector: 'agency',
    established: '2022-07-20',
    outcome: 'new',
  },
  {
    code: 'TTDVNN',
    name: 'Chi bộ Trung tâm Dịch vụ nông nghiệp huyện',
    kind: 'grassroots-cell',
    sector: 'agency',
    established: '2022-08-01',
    outcome: 'new',
  },
  {
    code: 'GDNN',
    name: 'Chi bộ Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên huyện',
    kind: 'grassroots-cell',
    sector: 'agency',
    established: '2022-08-10',
    outcome: 'new',
  },
  {
    code: 'PTNMT',
    name: 'Chi bộ Phòng Tài nguyên và Môi trường huyện',
    kind: 'grassroots-cell',
    sector: 'agency',
    established: '2022-09-05',
    outcome: 'new',
  },
  {
    code: 'CFKN',
    name: 'Chi bộ Công ty Cổ phần Cà phê Krông Nô',
    kind: 'grassroots-cell',
    sector: 'enterprise',
    established: '2022-09-20',
    outcome: 'new',
  },
  {
    code: 'HTXNX',
    name: 'Chi bộ Hợp tác xã Nông nghiệp Nam Xuân',
    kind: 'grassroots-cell',
    sector: 'enterprise',
    established: '2022-10-01',
    outcome: 'new',
  },
]

/** Đắk Mâm town's 16 cells; a few carry dossiers of their own so every role has work waiting. */
export const DAK_MAM_CELLS: SeedOrganization[] = [
  ...Array.from({ length: 7 }, (_, i): SeedOrganization => ({
    code: `DM-TDP${i + 1}`,
    name: `Chi bộ Tổ dân phố ${i + 1}`,
    kind: 'cell',
    sector: 'commune',
    established: old,
    outcome: (['submitted', 'recommended', 'returned-by-reviewer', 'draft'][i] ?? 'none') as SeedOutcome,
  })),
  {
    code: 'DM-CQ',
    name: 'Chi bộ Cơ quan Đảng ủy – Ủy ban nhân dân thị trấn',
    kind: 'cell',
    sector: 'agency',
    established: old,
    outcome: 'approved',
  },
  {
    code: 'DM-QS',
    name: 'Chi bộ Quân sự thị trấn',
    kind: 'cell',
    sector: 'armed-forces',
    established: old,
    outcome: 'none',
  },
  {
    code: 'DM-CA',
    name: 'Chi bộ Công an thị trấn',
    kind: 'cell',
    sector: 'armed-forces',
    established: old,
    outcome: 'none',
  },
  {
    code: 'DM-TH',
    name: 'Chi bộ Trường Tiểu học Đắk Mâm',
    kind: 'cell',
    sector: 'agency',
    established: old,
    outcome: 'none',
  },
  {
    code: 'DM-THCS',
    name: 'Chi bộ Trường THCS Đắk Mâm',
    kind: 'cell',
    sector: 'agency',
    established: old,
    outcome: 'none',
  },
  {
    code: 'DM-MN',
    name: 'Chi bộ Trường Mầm non Đắk Mâm',
    kind: 'cell',
    sector: 'agency',
    established: old,
    outcome: 'none',
  },
  {
    code: 'DM-TYT',
    name: 'Chi bộ Trạm Y tế thị trấn',
    kind: 'cell',
    sector: 'agency',
    established: old,
    outcome: 'none',
  },
  {
    code: 'DM-HTX',
    name: 'Chi bộ Hợp tác xã Đắk Mâm',
    kind: 'cell',
    sector: 'enterprise',
    established: old,
    outcome: 'none',
  },
  {
    code: 'DM-BQLC',
    name: 'Chi bộ Ban Quản lý chợ Đắk Mâm',
    kind: 'cell',
    sector: 'enterprise',
    established: old,
    outcome: 'none',
  },
]

/** A handful of members per cell: names only as the dossiers need them. */
export const DEMO_MEMBERS: { cell: string; name: string; standing: 'full' | 'probationary'; position?: string }[] = [
  { cell: 'DM-CQ', name: 'Nguyễn Văn Hùng', standing: 'full', position: 'Bí thư chi bộ' },
  { cell: 'DM-CQ', name: 'Trần Thị Lan', standing: 'full', position: 'Phó Bí thư chi bộ' },
  { cell: 'DM-CQ', name: 'Lê Minh Tuấn', standing: 'probationary' },
  { cell: 'DM-TDP1', name: 'Phạm Văn Nam', standing: 'full', position: 'Bí thư chi bộ' },
  { cell: 'DM-TDP1', name: 'Hoàng Thị Mai', standing: 'full' },
  { cell: 'DM-TDP1', name: 'Vũ Đức Thắng', standing: 'full' },
  { cell: 'DM-TDP2', name: 'Đặng Thị Hoa', standing: 'full', position: 'Bí thư chi bộ' },
  { cell: 'DM-TDP2', name: 'Bùi Văn Long', standing: 'full' },
  { cell: 'DM-TDP4', name: 'Y Phơ Niê', standing: 'full', position: 'Bí thư chi bộ' },
]
