import * as qs from 'qs-esm'
import { validOperatorSet } from 'payload/shared'

/**
 * Checks of an API request before Payload sees it. Each refuses a class of client mistake
 * that Payload (or the database under it) would otherwise answer with a server error:
 * query strings it cannot turn into a database query, bodies that are not a JSON object,
 * oversized bodies, odd file names. Pure: a request in, a refusal or null out.
 */
export type Refusal = { status: 400 | 404 | 413 | 415; message: string }

type FieldLike = { name?: string; type: string }
export type CollectionShape = { slug: string; upload?: unknown; flattenedFields?: FieldLike[] }

const refuse = (status: Refusal['status'], message: string): Refusal => ({ status, message })

const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])
const COMPARISONS = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
])
const LOGICAL = new Set(['and', 'or'])
const MAX_WHERE_DEPTH = 8
const INTEGER_PARAMS: Record<string, { max: number; label: string }> = {
  page: { max: 1_000_000, label: 'Số trang (page)' },
  limit: { max: 100_000, label: 'Số bản ghi mỗi trang (limit)' },
  depth: { max: 10, label: 'Độ sâu (depth)' },
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** The query string parsed the way Payload parses it. */
export function parseQuery(search: string): Record<string, unknown> {
  if (!search || search === '?') return {}
  return qs.parse(search, { allowEmptyArrays: true, arrayLimit: 1000, depth: 10, ignoreQueryPrefix: true }) as Record<
    string,
    unknown
  >
}

const OPERATOR_NAMES: ReadonlySet<string> = validOperatorSet
const EXISTS_OPERANDS: unknown[] = ['true', 'false', true, false]

function scalarValues(operand: unknown): unknown[] {
  if (Array.isArray(operand)) return operand
  if (typeof operand === 'string' && operand.includes(',')) return operand.split(',')
  return [operand]
}

function checkOperand(path: string, operator: string, operand: unknown, fields: FieldLike[]): Refusal | null {
  if (!OPERATOR_NAMES.has(operator)) return refuse(400, `Toán tử lọc "${operator}" không hợp lệ.`)
  const field = path.includes('.') ? undefined : fields.find((f) => f.name === path)
  if (GEO_OPERATORS.has(operator)) {
    if (field?.type !== 'point') return refuse(400, `Toán tử "${operator}" chỉ dùng cho trường tọa độ.`)
    return null
  }
  const values = Array.isArray(operand) ? operand : [operand]
  if (values.some((v) => typeof v === 'object' && v !== null)) {
    return refuse(400, `Giá trị lọc của trường "${path}" không hợp lệ.`)
  }
  if (operator === 'exists' && !EXISTS_OPERANDS.includes(operand)) {
    return refuse(400, `Toán tử "exists" chỉ nhận true hoặc false.`)
  }
  if (field && COMPARISONS.has(operator)) {
    for (const value of scalarValues(operand)) {
      if (value === '' || value === null || value === undefined) continue
      if (field.type === 'date' && Number.isNaN(new Date(String(value)).getTime())) {
        return refuse(400, `Giá trị ngày "${String(value).slice(0, 40)}" của trường "${path}" không hợp lệ.`)
      }
      if (field.type === 'number' && !Number.isFinite(Number(value))) {
        return refuse(400, `Giá trị số "${String(value).slice(0, 40)}" của trường "${path}" không hợp lệ.`)
      }
    }
  }
  return null
}

/** A `where` as Payload documents it: fields → { operator: value }, combined with and/or. */
export function checkWhere(where: unknown, fields: FieldLike[] = [], depth = 0): Refusal | null {
  if (!isPlainObject(where) || depth > MAX_WHERE_DEPTH) return refuse(400, 'Điều kiện lọc (where) không hợp lệ.')
  for (const [key, value] of Object.entries(where)) {
    if (LOGICAL.has(key.toLowerCase())) {
      const parts = Array.isArray(value) ? value : isPlainObject(value) ? Object.values(value) : null
      if (!parts) return refuse(400, 'Điều kiện lọc (where) không hợp lệ.')
      for (const part of parts) {
        const problem = checkWhere(part, fields, depth + 1)
        if (problem) return problem
      }
      continue
    }
    if (!isPlainObject(value))
      return refuse(
        400,
        `Điều kiện lọc của trường "${key.slice(0, 60)}" phải có toán tử, ví dụ where[${key.slice(0, 60)}][equals]=….`,
      )
    for (const [operator, operand] of Object.entries(value)) {
      const problem = checkOperand(key, operator, operand, fields)
      if (problem) return problem
    }
  }
  return null
}

/** page, limit, depth, sort, where, select, populate of a REST query string. */
export function checkQuery(query: Record<string, unknown>, collection?: CollectionShape): Refusal | null {
  for (const [name, { max, label }] of Object.entries(INTEGER_PARAMS)) {
    const value = query[name]
    if (value === undefined || value === '') continue
    if (typeof value !== 'string' || !/^\d{1,12}$/.test(value) || Number(value) > max) {
      return refuse(400, `${label} phải là số nguyên từ 0 đến ${max.toLocaleString('vi-VN')}.`)
    }
  }
  if (query.sort !== undefined) {
    const sorts = Array.isArray(query.sort) ? query.sort : [query.sort]
    if (!sorts.every((s) => typeof s === 'string' && /^[-\w.,]*$/.test(s)))
      return refuse(400, 'Tham số sắp xếp (sort) không hợp lệ.')
  }
  for (const name of ['select', 'populate', 'joins'] as const) {
    if (query[name] !== undefined && !isPlainObject(query[name]) && query[name] !== 'false') {
      return refuse(400, `Tham số ${name} không hợp lệ.`)
    }
  }
  if (query.where !== undefined) return checkWhere(query.where, collection?.flattenedFields ?? [])
  return null
}

// eslint-disable-next-line no-control-regex -- control characters are what this refuses
const CONTROL_OR_SEPARATOR = /[\u0000-\u001f\u007f/\\]/
export const MAX_FILE_NAME_LENGTH = 255

/** `/api/<upload collection>/file/<name>`: a name no stored file can have is simply not found. */
export function checkFileRoute(
  name: string,
  query: Record<string, unknown>,
  collection: CollectionShape,
): Refusal | null {
  const fields = collection.flattenedFields ?? []
  if (query.prefix !== undefined && !fields.some((f) => f.name === 'prefix')) {
    return refuse(400, 'Tham số prefix không được hỗ trợ.')
  }
  if (!name || name.length > MAX_FILE_NAME_LENGTH || CONTROL_OR_SEPARATOR.test(name) || name === '.' || name === '..') {
    return refuse(404, 'Không tìm thấy tệp.')
  }
  return null
}

const MAX_JSON_DEPTH = 64
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/** A JSON body must be an object; prototype keys and absurd nesting are refused. */
export function checkJsonBody(value: unknown): Refusal | null {
  if (!isPlainObject(value)) return refuse(400, 'Nội dung yêu cầu phải là một đối tượng JSON.')
  const stack: Array<[unknown, number]> = [[value, 0]]
  while (stack.length) {
    const [node, depth] = stack.pop()!
    if (typeof node !== 'object' || node === null) continue
    if (depth > MAX_JSON_DEPTH) return refuse(400, 'Nội dung yêu cầu lồng nhau quá sâu.')
    for (const key of Object.keys(node)) {
      if (FORBIDDEN_KEYS.has(key)) return refuse(400, `Khóa "${key}" không được phép trong dữ liệu gửi lên.`)
      stack.push([(node as Record<string, unknown>)[key], depth + 1])
    }
  }
  return null
}

export type BodyKind = 'json' | 'multipart' | 'form' | 'none'

/** What Payload can read: JSON, multipart (uploads), url-encoded (its GET-by-POST override). */
export function bodyKind(contentType: string | null): BodyKind | Refusal {
  const type = (contentType ?? '').split(';', 1)[0]!.trim().toLowerCase()
  if (type === 'application/json') return 'json'
  if (type === 'multipart/form-data') {
    return /boundary=/i.test(contentType ?? '') ? 'multipart' : refuse(400, 'Dữ liệu multipart thiếu boundary.')
  }
  if (type === 'application/x-www-form-urlencoded') return 'form'
  return refuse(415, 'Kiểu nội dung không được hỗ trợ: hãy gửi JSON (application/json) hoặc multipart/form-data.')
}

export function tooLarge(limitBytes: number): Refusal {
  return refuse(413, `Nội dung gửi lên quá lớn (tối đa ${Math.round(limitBytes / (1024 * 1024))} MB).`)
}
