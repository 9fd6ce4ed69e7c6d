/** The OpenAPI 3 description of the open data API, written from the dataset definitions. */
import { siteUrl, SITE_NAME } from '@/site'
import type { Column, Dataset } from './datasets'
import { OPEN_DATA_FORMATS } from './formats'
import { OPEN_DATA_LICENCE } from './licence'
import { COMPLEMENTARY, MIN_PUBLISHED_MEMBERS, SUPPRESSED } from './suppress'

function columnSchema(c: Column): Record<string, unknown> {
  const description = `${c.heading}: ${c.description}`
  switch (c.type) {
    case 'integer':
      return { type: 'integer', minimum: 0, description }
    case 'memberCount':
      return {
        oneOf: [
          { type: 'integer', minimum: 0 },
          { type: 'string', enum: [SUPPRESSED, COMPLEMENTARY] },
        ],
        description,
      }
    case 'date':
    case 'datetime':
      return { type: 'string', format: 'date-time', nullable: true, description }
    case 'url':
      return { type: 'string', format: 'uri', description }
    default:
      return { type: 'string', description }
  }
}

function schemaName(slug: string): string {
  return slug.replace(/(^|-)([a-z])/g, (_, __, ch: string) => ch.toUpperCase())
}

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
})

export function openApiDocument(datasets: Dataset[]) {
  const paths: Record<string, unknown> = {
    '/api/open-data': {
      get: {
        operationId: 'listDatasets',
        summary: 'Danh sách bộ dữ liệu mở',
        responses: {
          '200': {
            description: 'Các bộ dữ liệu, cột và địa chỉ tải về',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/DatasetList' } } },
          },
        },
      },
    },
  }
  const schemas: Record<string, unknown> = {
    Error: {
      type: 'object',
      required: ['errors'],
      properties: {
        errors: {
          type: 'array',
          items: { type: 'object', required: ['message'], properties: { message: { type: 'string' } } },
        },
      },
    },
    Column: {
      type: 'object',
      required: ['key', 'heading', 'description', 'type'],
      properties: {
        key: { type: 'string' },
        heading: { type: 'string' },
        description: { type: 'string' },
        type: { type: 'string', enum: ['string', 'integer', 'memberCount', 'date', 'datetime', 'url'] },
      },
    },
    Licence: {
      type: 'object',
      required: ['name', 'url'],
      properties: {
        name: { type: 'string' },
        title: { type: 'string' },
        url: { type: 'string', format: 'uri' },
        attribution: { type: 'string' },
      },
    },
    DatasetList: {
      type: 'object',
      required: ['datasets'],
      properties: {
        licence: { $ref: '#/components/schemas/Licence' },
        datasets: {
          type: 'array',
          items: {
            type: 'object',
            required: ['slug', 'title', 'url'],
            properties: {
              slug: { type: 'string' },
              title: { type: 'string' },
              description: { type: 'string' },
              year: { type: 'string', enum: ['required', 'optional', 'none'] },
              url: { type: 'string' },
              page: { type: 'string' },
              columns: { type: 'array', items: { $ref: '#/components/schemas/Column' } },
            },
          },
        },
      },
    },
  }
  for (const d of datasets) {
    const name = schemaName(d.slug)
    schemas[`${name}Row`] = {
      type: 'object',
      properties: Object.fromEntries(d.columns.map((c) => [c.key, columnSchema(c)])),
    }
    schemas[name] = {
      type: 'object',
      required: ['dataset', 'title', 'takenAt', 'licence', 'columns', 'rows'],
      properties: {
        dataset: { type: 'string', enum: [d.slug] },
        title: { type: 'string' },
        description: { type: 'string' },
        year: { type: 'integer', nullable: true },
        takenAt: { type: 'string', format: 'date-time', description: 'Thời điểm lấy số liệu' },
        licence: { $ref: '#/components/schemas/Licence' },
        source: { type: 'string', format: 'uri', description: 'Trang công khai hiển thị cùng số liệu' },
        columns: { type: 'array', items: { $ref: '#/components/schemas/Column' } },
        rows: { type: 'array', items: { $ref: `#/components/schemas/${name}Row` } },
      },
    }
    const parameters: unknown[] = [
      {
        name: 'dinh-dang',
        in: 'query',
        required: false,
        description: 'Định dạng: json (mặc định), csv (UTF-8 có BOM) hoặc xlsx',
        schema: { type: 'string', enum: [...OPEN_DATA_FORMATS], default: 'json' },
      },
    ]
    if (d.year !== 'none') {
      parameters.unshift({
        name: 'nam',
        in: 'query',
        required: false,
        description:
          d.year === 'required' ? 'Năm của số liệu (mặc định: năm gần nhất có số liệu)' : 'Chỉ lấy số liệu của năm này',
        schema: { type: 'integer', minimum: 2000, maximum: 2100 },
        example: 2022,
      })
    }
    paths[`/api/open-data/${d.slug}`] = {
      get: {
        operationId: `get${name}`,
        summary: d.title,
        description: d.description,
        parameters,
        responses: {
          '200': {
            description: 'Số liệu',
            content: {
              'application/json': { schema: { $ref: `#/components/schemas/${name}` } },
              'text/csv': { schema: { type: 'string' } },
              'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
                schema: { type: 'string', format: 'binary' },
              },
            },
          },
          '400': errorResponse('Tham số không hợp lệ'),
          '404': errorResponse('Không có số liệu của năm này'),
        },
      },
    }
  }
  return {
    openapi: '3.0.3',
    info: {
      title: `Dữ liệu mở — ${SITE_NAME}`,
      version: '1.0.0',
      description: `Số liệu tổng hợp công khai của cổng ${SITE_NAME}, chỉ đọc. Số đảng viên từ 1 đến ${MIN_PUBLISHED_MEMBERS - 1} được ghi “${SUPPRESSED}”; một số khác cùng nhóm được ghi “${COMPLEMENTARY}” để không suy ra được. Giấy phép ${OPEN_DATA_LICENCE.name}.`,
      license: { name: OPEN_DATA_LICENCE.name, url: OPEN_DATA_LICENCE.url },
    },
    servers: [{ url: siteUrl() }],
    paths,
    components: { schemas },
  }
}
