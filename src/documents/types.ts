/** The shapes the document and catalogue pages use (a subset of the generated Payload types). */
export type DocumentFileDoc = { id: string; url?: string | null; filename?: string | null; filesize?: number | null; mimeType?: string | null; title?: string | null }

export type GuidanceDocumentDoc = {
  id: string
  title: string
  slug?: string | null
  number?: string | null
  type?: string | null
  issuer?: string | null
  issuedAt?: string | null
  effectiveAt?: string | null
  summary?: string | null
  body?: unknown
  status?: 'in-force' | 'superseded' | 'withdrawn' | null
  withdrawalReason?: string | null
  visibility?: 'public' | 'internal' | null
  attachments?: Array<{ id?: string; file?: DocumentFileDoc | string | null; label?: string | null; kind?: string | null }> | null
  relatedDocuments?: Array<{ id?: string; relation?: string | null; document?: GuidanceDocumentDoc | string | null }> | null
  changeHistory?: Array<{ id?: string; date?: string | null; note?: string | null }> | null
  updatedAt?: string | null
}

export type IndicatorGroupDoc = { id: string; code: string; name: string; description?: string | null; order?: number | null; sourceDocument?: GuidanceDocumentDoc | string | null }

export type IndicatorDoc = {
  id: string
  code: string
  title: string
  group?: IndicatorGroupDoc | string | null
  parent?: IndicatorDoc | string | null
  explanation?: string | null
  examples?: string | null
  remedies?: string | null
  sourceDocument?: GuidanceDocumentDoc | string | null
  order?: number | null
}

