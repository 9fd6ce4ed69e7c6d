import { INDICATOR_CODE, MAX_INDICATOR_CODE, normalizeCode } from './code'
import type { ParsedFile } from './parse'

/** What the catalogue holds now, as far as checking an import needs. */
export type ExistingCatalogue = {
  groups: Map<string, { id: string; name: string; description?: string }>
  indicators: Map<string, { id: string; groupCode: string; parentCode: string | null }>
  /** Guidance documents by number in upper case ("73-KH/HU"). */
  documents: Map<string, string>
}

export type GroupPlan = { code: string; name: string; description: string; id?: string; unchanged?: boolean }
export type IndicatorPlan = {
  ref: string
  code: string
  groupCode: string
  parentCode: string | null
  title: string
  explanation: string
  examples: string
  remedies: string
  documentId: string | null
  order: number | null
  id?: string
}

export type ImportReport = {
  ok: boolean
  fileErrors: string[]
  accepted: Array<{ ref: string; code: string }>
  rejected: Array<{ ref: string; code: string; reasons: string[] }>
  groups: GroupPlan[]
  indicators: IndicatorPlan[]
}

const MAX_TITLE = 500
const MAX_TEXT = 10_000

/**
 * Checks a whole file against itself and the current catalogue before anything is
 * written. The import is all or nothing: `ok` is true only when no row was rejected.
 */
export function validateCatalogueImport(file: ParsedFile, existing: ExistingCatalogue): ImportReport {
  const rejected = new Map<string, { ref: string; code: string; reasons: string[] }>()
  const reject = (ref: string, code: string, reason: string) => {
    const r = rejected.get(ref) ?? { ref, code, reasons: [] }
    r.reasons.push(reason)
    rejected.set(ref, r)
  }
  for (const e of file.rowErrors) reject(e.ref, '', e.reason)

  // Groups named in the file: the first row that names one defines it.
  const groups = new Map<string, GroupPlan & { ref: string }>()
  for (const { ref, row } of file.rows) {
    const code = normalizeCode(row.groupCode)
    if (!code) continue
    if (!INDICATOR_CODE.test(code) || code.length > MAX_INDICATOR_CODE) {
      reject(ref, row.code, `Mã nhóm "${row.groupCode}" chỉ được gồm chữ cái không dấu, số, dấu chấm hoặc gạch ngang.`)
      continue
    }
    const known = groups.get(code)
    if (!known) {
      const name = row.groupName || existing.groups.get(code)?.name || ''
      groups.set(code, { ref, code, name, description: row.groupDescription, id: existing.groups.get(code)?.id })
    } else if (row.groupName && known.name && row.groupName !== known.name) {
      reject(ref, row.code, `Tên nhóm "${row.groupName}" khác với tên "${known.name}" của nhóm ${code} ở ${known.ref}.`)
    } else if (!known.description && row.groupDescription) {
      known.description = row.groupDescription
    }
  }
  for (const g of groups.values()) {
    if (!g.name) reject(g.ref, '', `Nhóm ${g.code} chưa có trong danh mục nên cần "Tên nhóm".`)
  }

  // Each indicator on its own.
  const firstRefOfCode = new Map<string, string>()
  const plans = new Map<string, IndicatorPlan>()
  for (const { ref, row } of file.rows) {
    const code = normalizeCode(row.code)
    const fail = (reason: string) => reject(ref, code || row.code, reason)
    if (!code) fail('Thiếu "Mã biểu hiện".')
    else if (!INDICATOR_CODE.test(code) || code.length > MAX_INDICATOR_CODE)
      fail(
        `Mã biểu hiện "${row.code}" chỉ được gồm chữ cái không dấu, số, dấu chấm hoặc gạch ngang (tối đa ${MAX_INDICATOR_CODE} ký tự).`,
      )
    else if (firstRefOfCode.has(code)) fail(`Mã ${code} trùng với ${firstRefOfCode.get(code)}.`)
    if (code && !firstRefOfCode.has(code)) firstRefOfCode.set(code, ref)
    if (!row.title) fail('Thiếu "Tên biểu hiện".')
    else if (row.title.length > MAX_TITLE) fail(`"Tên biểu hiện" dài quá ${MAX_TITLE} ký tự.`)
    for (const [key, label] of [
      ['explanation', 'Giải thích'],
      ['examples', 'Ví dụ thực tế'],
      ['remedies', 'Gợi ý khắc phục'],
    ] as const) {
      if (row[key].length > MAX_TEXT) fail(`"${label}" dài quá ${MAX_TEXT} ký tự.`)
    }
    const groupCode = normalizeCode(row.groupCode)
    if (!groupCode) fail('Thiếu "Mã nhóm".')
    let order: number | null = null
    if (row.order) {
      order = Number(row.order)
      if (!Number.isInteger(order) || order < 0 || order > 99_999)
        fail(`"Thứ tự" phải là số nguyên không âm, không phải "${row.order}".`)
    }
    let documentId: string | null = null
    if (row.documentNumber) {
      documentId = existing.documents.get(row.documentNumber.trim().toUpperCase()) ?? null
      if (!documentId) fail(`Không tìm thấy văn bản số "${row.documentNumber}" trong hệ thống.`)
    }
    const parentCode = row.parentCode ? normalizeCode(row.parentCode) : null
    if (parentCode && parentCode === code) fail('Biểu hiện không thể là biểu hiện gốc của chính nó.')
    if (code && !plans.has(code)) {
      plans.set(code, {
        ref,
        code,
        groupCode,
        parentCode,
        title: row.title,
        explanation: row.explanation,
        examples: row.examples,
        remedies: row.remedies,
        documentId,
        order,
        id: existing.indicators.get(code)?.id,
      })
    }
  }

  // How the catalogue would look afterwards: rows in the file replace what is stored.
  const finalOf = (code: string): { groupCode: string; parentCode: string | null; ref?: string } | undefined => {
    const p = plans.get(code)
    if (p) return { groupCode: p.groupCode, parentCode: p.parentCode, ref: p.ref }
    return existing.indicators.get(code)
  }
  for (const p of plans.values()) {
    if (rejected.has(p.ref)) continue
    if (!p.parentCode) continue
    const parent = finalOf(p.parentCode)
    if (!parent) reject(p.ref, p.code, `Không có biểu hiện gốc mã ${p.parentCode} trong tệp hay trong danh mục.`)
    else if (parent.parentCode)
      reject(p.ref, p.code, `${p.parentCode} đã là biểu hiện cụ thể; chỉ gắn được vào một biểu hiện gốc.`)
    else if (parent.groupCode !== p.groupCode)
      reject(
        p.ref,
        p.code,
        `Biểu hiện gốc ${p.parentCode} thuộc nhóm ${parent.groupCode}, không phải nhóm ${p.groupCode}.`,
      )
  }
  // A base indicator that becomes a specific one must not leave children behind.
  const finalParents = new Map<string, string>()
  for (const [code, e] of existing.indicators)
    if (e.parentCode && !plans.has(code)) finalParents.set(code, e.parentCode)
  for (const p of plans.values()) if (p.parentCode) finalParents.set(p.code, p.parentCode)
  for (const p of plans.values()) {
    if (!p.parentCode || rejected.has(p.ref)) continue
    const child = [...finalParents].find(([, parent]) => parent === p.code)
    if (child)
      reject(p.ref, p.code, `${p.code} đang là biểu hiện gốc của ${child[0]} nên không thể thành biểu hiện cụ thể.`)
  }
  // A specific one whose base was rejected cannot go in either.
  for (const p of plans.values()) {
    if (!p.parentCode || rejected.has(p.ref)) continue
    const parent = plans.get(p.parentCode)
    if (parent && rejected.has(parent.ref))
      reject(p.ref, p.code, `Biểu hiện gốc ${p.parentCode} ở ${parent.ref} bị từ chối.`)
  }
  for (const p of plans.values()) {
    if (rejected.has(p.ref)) continue
    if (!groups.has(p.groupCode) && !existing.groups.has(p.groupCode))
      reject(p.ref, p.code, `Nhóm ${p.groupCode} không có trong danh mục.`)
  }

  // Reported in file order, whichever check found the fault.
  const position = new Map(
    [...file.rowErrors.map((e) => e.ref), ...file.rows.map((r) => r.ref)].map((ref, i) => [ref, i]),
  )
  const rejectedList = [...rejected.values()].sort((a, b) => (position.get(a.ref) ?? 0) - (position.get(b.ref) ?? 0))
  const accepted = file.rows
    .filter(({ ref }) => !rejected.has(ref))
    .map(({ ref, row }) => ({ ref, code: normalizeCode(row.code) }))
  const ok = file.fileErrors.length === 0 && rejectedList.length === 0 && accepted.length > 0
  const fileErrors = [...file.fileErrors]
  if (file.fileErrors.length === 0 && file.rows.length === 0 && file.rowErrors.length === 0)
    fileErrors.push('Tệp không có dòng dữ liệu nào.')
  return {
    ok: ok && fileErrors.length === 0,
    fileErrors,
    accepted,
    rejected: rejectedList,
    groups: [...groups.values()].map(({ ref: _ref, ...g }) => {
      const stored = existing.groups.get(g.code)
      return stored && stored.name === g.name && (!g.description || g.description === (stored.description ?? ''))
        ? { ...g, unchanged: true }
        : g
    }),
    indicators: [...plans.values()].filter((p) => !rejected.has(p.ref)),
  }
}

/** Base indicators before specific ones, so that a parent exists before its children. */
export function writeOrder(indicators: IndicatorPlan[]): IndicatorPlan[] {
  return [...indicators.filter((i) => !i.parentCode), ...indicators.filter((i) => i.parentCode)]
}
