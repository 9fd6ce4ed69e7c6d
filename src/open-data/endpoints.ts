/**
 * The read-only open data API (root endpoints, under /api), public:
 *   GET /api/open-data                              the datasets, their columns and addresses
 *   GET /api/open-data/openapi.json                 the OpenAPI 3 description
 *   GET /api/open-data/<dataset>[?nam=2022][&dinh-dang=json|csv|xlsx]
 */
import type { Endpoint } from 'payload'
import { parseYear } from '@/progress/params'
import { cachedTable, OPEN_DATA_REVALIDATE } from './cache'
import { DATASETS, datasetBySlug, DatasetRefusal, type Dataset } from './datasets'
import {
  datasetPath,
  fileName,
  OPEN_DATA_CONTENT_TYPES,
  OPEN_DATA_FORMATS,
  renderDataset,
  type OpenDataFormat,
} from './formats'
import { OPEN_DATA_LICENCE } from './licence'
import { openApiDocument } from './openapi'

const PUBLIC_CACHE = `public, max-age=${OPEN_DATA_REVALIDATE}`
const fail = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } })

const KNOWN_PARAMS = new Set(['nam', 'dinh-dang'])

function parseFormat(raw: string | null): OpenDataFormat | string {
  const v = (raw ?? 'json').trim().toLowerCase()
  if ((OPEN_DATA_FORMATS as readonly string[]).includes(v)) return v as OpenDataFormat
  return `Định dạng “${String(raw).slice(0, 20)}” không hỗ trợ: chọn json, csv hoặc xlsx.`
}

/** The dataset's year from ?nam=, or a Vietnamese message saying what is wrong with it. */
function yearOf(dataset: Dataset, raw: string | null): { year: number | null } | string {
  if (raw == null || raw === '') return { year: null }
  if (dataset.year === 'none') return `Bộ dữ liệu “${dataset.slug}” không chia theo năm: bỏ tham số nam.`
  const parsed = parseYear(raw)
  return parsed.ok ? { year: parsed.value } : parsed.message
}

export function datasetSummary(d: Dataset) {
  return {
    slug: d.slug,
    title: d.title,
    description: d.description,
    year: d.year,
    url: datasetPath(d),
    page: d.page,
    columns: d.columns,
  }
}

export const openDataIndexEndpoint: Endpoint = {
  path: '/open-data',
  method: 'get',
  handler: async () =>
    Response.json(
      { licence: OPEN_DATA_LICENCE, datasets: DATASETS.map(datasetSummary) },
      { headers: { 'Cache-Control': PUBLIC_CACHE } },
    ),
}

export const openDataEndpoint: Endpoint = {
  path: '/open-data/:dataset',
  method: 'get',
  handler: async (req) => {
    const slug = String(req.routeParams?.dataset ?? '')
    if (slug === 'openapi.json')
      return Response.json(openApiDocument(DATASETS), { headers: { 'Cache-Control': PUBLIC_CACHE } })
    const dataset = datasetBySlug(slug)
    if (!dataset) return fail(404, `Không có bộ dữ liệu “${slug.slice(0, 60)}”. Danh sách bộ dữ liệu: /api/open-data.`)
    const q = req.searchParams
    const unknown = [...q.keys()].filter((k) => !KNOWN_PARAMS.has(k))
    if (unknown.length)
      return fail(
        400,
        `Tham số không hỗ trợ: ${unknown.map((k) => k.slice(0, 30)).join(', ')}. Chỉ dùng nam và dinh-dang.`,
      )
    const format = parseFormat(q.get('dinh-dang'))
    if (!(OPEN_DATA_FORMATS as readonly string[]).includes(format)) return fail(400, format)
    const year = yearOf(dataset, q.get('nam'))
    if (typeof year === 'string') return fail(400, year)
    try {
      const table = await cachedTable(req.payload, dataset, year.year)
      const body = await renderDataset(dataset, table, format as OpenDataFormat)
      const headers: Record<string, string> = {
        'Content-Type': OPEN_DATA_CONTENT_TYPES[format as OpenDataFormat],
        'Cache-Control': PUBLIC_CACHE,
      }
      if (format !== 'json' || q.has('dinh-dang'))
        headers['Content-Disposition'] = `attachment; filename="${fileName(dataset, table, format as OpenDataFormat)}"`
      return new Response(body, { status: 200, headers })
    } catch (error) {
      if (error instanceof DatasetRefusal) return fail(error.status, error.message)
      throw error
    }
  },
}

export const openDataEndpoints: Endpoint[] = [openDataIndexEndpoint, openDataEndpoint]
