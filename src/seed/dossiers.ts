import { createLocalReq, type Payload, type TypedUser, type Where } from 'payload'
import { applyTransition } from '@/workflow/server/applyTransition'
import type { Action } from '@/workflow'
import {
  DAK_MAM_CELLS,
  DEMO_MEMBERS,
  DOSSIER_YEAR,
  GRASSROOTS,
  type SeedOrganization,
  type SeedOutcome,
} from './district'
import { DEMO_PASSWORD } from './demoArticles'
import type { Dossier } from '../../payload-types'

type Doc = { id: string }
type Report = { created: Record<string, number> }

/** Used only when the indicator catalogue has not been seeded (it comes from its own seed). */
const FALLBACK_INDICATORS = [
  { code: 'TT-01', group: 'Tư tưởng chính trị', title: 'Phai nhạt lý tưởng cách mạng; dao động, giảm sút niềm tin' },
  { code: 'TT-02', group: 'Tư tưởng chính trị', title: 'Lười học tập nghị quyết, chỉ thị của Đảng' },
  { code: 'TT-03', group: 'Tư tưởng chính trị', title: 'Nói và viết trái với quan điểm, đường lối của Đảng' },
  { code: 'DD-01', group: 'Đạo đức, lối sống', title: 'Chủ nghĩa cá nhân, sống ích kỷ, thực dụng' },
  { code: 'DD-02', group: 'Đạo đức, lối sống', title: 'Vô cảm, thờ ơ trước khó khăn của nhân dân' },
  { code: 'DD-03', group: 'Đạo đức, lối sống', title: 'Quan liêu, xa rời quần chúng' },
  { code: 'TC-01', group: '“Tự diễn biến”, “tự chuyển hóa”', title: 'Phụ họa theo những quan điểm sai trái' },
  { code: 'TC-02', group: '“Tự diễn biến”, “tự chuyển hóa”', title: 'Nói không đi đôi với làm' },
  { code: 'TC-03', group: '“Tự diễn biến”, “tự chuyển hóa”', title: 'Tư tưởng cục bộ, lợi ích nhóm' },
]

const MEASURES = [
  'Đưa nội dung nhận diện vào sinh hoạt chi bộ hằng tháng; mỗi đảng viên tự liên hệ và báo cáo việc khắc phục.',
  'Tổ chức học tập, quán triệt nghị quyết, chỉ thị kịp thời, có kiểm tra nhận thức sau học tập.',
  'Cấp ủy phân công đảng viên phụ trách địa bàn, nắm tình hình dư luận và phản ánh của nhân dân.',
  'Thực hiện nghiêm quy chế làm việc, công khai các nội dung theo quy định; lấy ý kiến góp ý của nhân dân.',
]

const SHORTCOMINGS = [
  'Một số đảng viên chưa tích cực tham gia sinh hoạt chi bộ, chất lượng sinh hoạt có lúc chưa cao.',
  'Việc học tập, quán triệt nghị quyết ở một số chi bộ còn hình thức.',
  'Có đảng viên chưa gương mẫu trong thực hiện quy chế dân chủ ở cơ sở.',
]

/** A small valid PDF, so the demo has a signed-form scan to open through the access-checked route. */
export function demoPdf(title: string): Buffer {
  const text = title.replace(/[()\\]/g, '')
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${`BT /F1 18 Tf 72 760 Td (${text}) Tj ET`.length} >>\nstream\nBT /F1 18 Tf 72 760 Td (${text}) Tj ET\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((o, i) => {
    offsets.push(body.length)
    body += `${i + 1} 0 obj\n${o}\nendobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

/** The steps each outcome took, in order, and who took them. */
const STEPS: Record<SeedOutcome, { action: Action; by: 'officer' | 'reviewer' | 'approver'; reason?: string }[]> = {
  approved: [
    { action: 'submit', by: 'officer' },
    { action: 'recommend', by: 'reviewer' },
    { action: 'approve', by: 'approver' },
  ],
  'approved-after-return': [
    { action: 'submit', by: 'officer' },
    {
      action: 'return',
      by: 'reviewer',
      reason: 'Kế hoạch khắc phục chưa ghi rõ người chịu trách nhiệm và thời hạn của từng biện pháp.',
    },
    { action: 'resubmit', by: 'officer', reason: 'Đã ghi rõ người chịu trách nhiệm và thời hạn của từng biện pháp.' },
    { action: 'recommend', by: 'reviewer' },
    { action: 'approve', by: 'approver' },
  ],
  'approved-after-reopen': [
    { action: 'submit', by: 'officer' },
    { action: 'recommend', by: 'reviewer' },
    { action: 'approve', by: 'approver' },
    {
      action: 'reopen',
      by: 'approver',
      reason: 'Bổ sung phiếu kết luận của Chi bộ sau kỳ kiểm điểm bổ sung tháng 10/2022.',
    },
    { action: 'resubmit', by: 'officer', reason: 'Đã bổ sung phiếu kết luận sau kỳ kiểm điểm bổ sung.' },
    { action: 'recommend', by: 'reviewer' },
    { action: 'approve', by: 'approver' },
  ],
  'returned-by-reviewer': [
    { action: 'submit', by: 'officer' },
    {
      action: 'return',
      by: 'reviewer',
      reason: 'Biện pháp khắc phục còn chung chung, chưa sát với các biểu hiện đã nhận diện; đề nghị cụ thể hóa.',
    },
  ],
  'returned-by-approver': [
    { action: 'submit', by: 'officer' },
    { action: 'recommend', by: 'reviewer' },
    {
      action: 'return',
      by: 'approver',
      reason: 'Kế hoạch khắc phục chưa bảo đảm yêu cầu: chưa có lộ trình và cách kiểm tra kết quả.',
    },
  ],
  submitted: [{ action: 'submit', by: 'officer' }],
  recommended: [
    { action: 'submit', by: 'officer' },
    { action: 'recommend', by: 'reviewer' },
  ],
  draft: [],
  none: [],
  new: [],
}

const pad = (n: number) => String(n).padStart(2, '0')

/** Organisations, members, officers and the 2022 dossiers of the article's district. Idempotent. */
export async function seedDistrictDossiers(payload: Payload, report: Report): Promise<void> {
  const count = (slug: string) => (report.created[slug] = (report.created[slug] ?? 0) + 1)
  const findOne = async (
    collection: 'organizations' | 'users' | 'members' | 'dossiers' | 'commitments' | 'indicators',
    where: Where,
  ): Promise<Doc | undefined> =>
    (await payload.find({ collection, where, limit: 1, depth: 0, overrideAccess: true })).docs[0]

  // Indicators: the catalogue's own seed normally runs first.
  if ((await payload.count({ collection: 'indicators' })).totalDocs === 0) {
    for (const i of FALLBACK_INDICATORS) {
      await payload.create({ collection: 'indicators', data: i })
      count('indicators')
    }
  }
  const indicators = (await payload.find({ collection: 'indicators', sort: 'code', limit: 9, depth: 0 })).docs

  // Organisations.
  const district = await findOne('organizations', { code: { equals: 'KN' } })
  if (!district) throw new Error('Thiếu tổ chức KN: seedDemo phải tạo Đảng bộ huyện trước.')
  const orgs: Record<string, Doc> = {}
  async function ensureOrg(o: SeedOrganization, parent: Doc) {
    const found = await findOne('organizations', { code: { equals: o.code } })
    const data = {
      name: o.name,
      code: o.code,
      kind: o.kind,
      sector: o.sector,
      parent: parent.id,
      establishedAt: `${o.established}T00:00:00.000+07:00`,
    }
    if (found) {
      orgs[o.code] = found
      return
    }
    orgs[o.code] = await payload.create({
      collection: 'organizations',
      data,
      depth: 0,
    })
    count('organizations')
  }
  for (const o of GRASSROOTS) await ensureOrg(o, district)
  for (const o of DAK_MAM_CELLS) await ensureOrg(o, orgs.DM)

  // Accounts: the demo officer acts for Đắk Mâm; each other organisation that filed has its own.
  const asUser = async (email: string): Promise<TypedUser> => {
    const u = (
      await payload.find({
        collection: 'users',
        where: { email: { equals: email } },
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
    ).docs[0]
    if (!u) throw new Error(`Thiếu tài khoản ${email}`)
    return { ...u, collection: 'users' }
  }
  const officerEmail = (o: SeedOrganization) =>
    o.code === 'DM' || o.code.startsWith('DM-') ? 'coso@soisua.vn' : `coso.${o.code.toLowerCase()}@soisua.vn`
  for (const o of GRASSROOTS) {
    if (STEPS[o.outcome].length === 0 || officerEmail(o) === 'coso@soisua.vn') continue
    if (await findOne('users', { email: { equals: officerEmail(o) } })) continue
    await payload.create({
      collection: 'users',
      data: {
        email: officerEmail(o),
        name: `Cán bộ ${o.name}`,
        password: DEMO_PASSWORD,
        roles: ['org-officer'],
        organizations: [orgs[o.code].id],
      },
    })
    count('users')
  }
  const reviewer = await createLocalReq({ user: await asUser('tuyengiao@soisua.vn') }, payload)
  const approver = await createLocalReq({ user: await asUser('thuongtruc@soisua.vn') }, payload)
  const officers: Record<string, Awaited<ReturnType<typeof createLocalReq>>> = {}
  const officerReq = async (o: SeedOrganization) =>
    (officers[officerEmail(o)] ??= await createLocalReq({ user: await asUser(officerEmail(o)) }, payload))

  // Members of Đắk Mâm's cells.
  const members: Record<string, Doc[]> = {}
  for (const m of DEMO_MEMBERS) {
    const org = orgs[m.cell]
    let doc = await findOne('members', { and: [{ name: { equals: m.name } }, { organization: { equals: org.id } }] })
    if (!doc) {
      doc = await payload.create({
        collection: 'members',
        data: { name: m.name, organization: org.id, standing: m.standing, position: m.position },
        depth: 0,
      })
      count('members')
    }
    ;(members[m.cell] ??= []).push(doc)
  }

  // Dossiers of 2022, each taken through the workflow step by step.
  const all = [...GRASSROOTS, ...DAK_MAM_CELLS]
  for (const [n, o] of all.entries()) {
    if (o.outcome === 'none' || o.outcome === 'new') continue
    const org = orgs[o.code]
    if (await findOne('dossiers', { and: [{ organization: { equals: org.id } }, { year: { equals: DOSSIER_YEAR } }] }))
      continue
    const picks = [0, 1, 2].map((k) => indicators[(n + k * 3) % indicators.length])
    const complete = o.outcome !== 'draft'
    const plan: NonNullable<Dossier['planItems']> = (complete ? picks : picks.slice(0, 1)).map((ind, k) => ({
      measure: MEASURES[(n + k) % MEASURES.length],
      indicators: [ind.id],
      responsible: k === 0 ? 'Bí thư cấp ủy' : 'Các chi ủy viên',
      deadline: `${DOSSIER_YEAR}-12-${pad(10 + k)}T00:00:00.000+07:00`,
      progress: complete ? 'done' : 'in-progress',
    }))
    // A dossier waiting for the reviewer keeps one shortcoming not yet cross-checked: the demo of the side-by-side check.
    const uncheckedShortcoming = o.outcome === 'submitted'
    const dossier = await payload.create({
      collection: 'dossiers',
      depth: 0,
      data: {
        organization: org.id,
        year: DOSSIER_YEAR,
        stage: 'draft',
        identified: picks.map((ind) => ({
          indicator: ind.id,
          note: `${o.name} tự nhận diện có biểu hiện này ở một số đảng viên.`,
        })),
        planItems: plan,
        evaluations: complete
          ? plan.map((_, k) => ({
              measure: `BP-${k + 1}`,
              result: k === 2 ? 'partly' : 'remedied',
              note: k === 2 ? 'Cần tiếp tục theo dõi trong năm sau.' : undefined,
            }))
          : [],
        selfAssessment: complete
          ? 'Các biện pháp cơ bản được thực hiện đúng kế hoạch; chuyển biến rõ trong sinh hoạt chi bộ.'
          : undefined,
        shortcomings: complete
          ? [
              {
                source: `Phiếu kết luận cuối năm ${DOSSIER_YEAR}`,
                text: SHORTCOMINGS[n % SHORTCOMINGS.length],
                indicators: [picks[0].id],
              },
              {
                source: `Phiếu kết luận cuối năm ${DOSSIER_YEAR}`,
                text: SHORTCOMINGS[(n + 1) % SHORTCOMINGS.length],
                indicators: uncheckedShortcoming ? [] : [picks[1].id],
              },
            ]
          : [],
      },
    })
    count('dossiers')

    if (complete) {
      const scan = demoPdf(`Ke hoach khac phuc ${DOSSIER_YEAR} - ${o.code}`)
      await payload.create({
        collection: 'dossier-files',
        data: {
          dossier: dossier.id,
          kind: 'remedy-plan',
          title: `Kế hoạch khắc phục năm ${DOSSIER_YEAR} (bản có chữ ký)`,
        },
        file: {
          data: scan,
          mimetype: 'application/pdf',
          name: `ke-hoach-khac-phuc-${DOSSIER_YEAR}-${o.code.toLowerCase()}.pdf`,
          size: scan.length,
        },
      })
      count('dossier-files')
    }
    for (const m of members[o.code] ?? []) {
      if (await findOne('commitments', { and: [{ member: { equals: m.id } }, { year: { equals: DOSSIER_YEAR } }] }))
        continue
      await payload.create({
        collection: 'commitments',
        data: {
          dossier: dossier.id,
          member: m.id,
          identified: [{ indicator: picks[0].id, note: 'Có lúc chưa mạnh dạn tự phê bình và phê bình.' }],
          commitment:
            'Tôi cam kết giữ gìn phẩm chất, đạo đức, lối sống; thực hiện nghiêm kế hoạch khắc phục dưới đây và chịu sự giám sát của chi bộ, nhân dân nơi cư trú.',
          planItems: [
            {
              measure: 'Thẳng thắn tự phê bình và phê bình trong sinh hoạt chi bộ.',
              indicators: [picks[0].id],
              deadline: `${DOSSIER_YEAR}-12-31T00:00:00.000+07:00`,
            },
          ],
          result: complete ? 'remedied' : undefined,
        },
      })
      count('commitments')
    }

    for (const [k, step] of STEPS[o.outcome].entries()) {
      const req = step.by === 'officer' ? await officerReq(o) : step.by === 'reviewer' ? reviewer : approver
      const day = 1 + (n % 10) + k * 2
      await applyTransition(req, {
        id: String(dossier.id),
        action: step.action,
        reason: step.reason,
        at: new Date(`${DOSSIER_YEAR}-10-${pad(day)}T${pad(8 + k)}:30:00+07:00`),
      })
      count('dossier-events')
    }
  }
}
