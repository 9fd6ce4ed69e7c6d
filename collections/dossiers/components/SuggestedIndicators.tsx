'use client'
import { Button, toast, useAllFormFields, useAuth, useConfig, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import { useEffect, useMemo, useState } from 'react'
import { SafeSection } from '@/admin/SafeSection'

type Segment = { text: string; match: boolean }
type Suggestion = { id: string; code: string; title: string; matched: string[]; segments: Segment[] }
type Row = { id?: string; text?: string; indicators?: unknown[] }
type Decision = { shortcoming?: string; indicator?: unknown; decision?: string }
type Values = {
  stage?: string
  identified?: { indicator?: unknown }[]
  shortcomings?: Row[]
  suggestionDecisions?: Decision[]
}

const DECIDERS = ['reviewer', 'approver']
const UNDER_REVIEW = ['submitted', 'recommended']
/** The form gives an array field's row count, not its rows, until the rows are loaded. */
const listOf = <T,>(v: T[] | unknown): T[] => (Array.isArray(v) ? (v as T[]) : [])
const idOf = (v: unknown): string =>
  v && typeof v === 'object' ? String((v as { id?: unknown }).id ?? '') : v == null ? '' : String(v)

/**
 * Beside the conclusion-form shortcomings: for each one, the three catalogue indicators whose
 * words match it best (POST /api/indicators/suggest), the matched words marked in the sentence,
 * and whether the organisation identified that indicator. The Propaganda Board accepts a
 * suggestion (the shortcoming is mapped to it) or dismisses it; both go to the dossier's history.
 */
export function SuggestedIndicators() {
  return (
    <SafeSection title="Gợi ý biểu hiện">
      <Suggestions />
    </SafeSection>
  )
}

function Suggestions() {
  const [fields] = useAllFormFields()
  const { config } = useConfig()
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const modified = useFormModified()
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const values = useMemo(() => reduceFieldsToValues(fields, true) as Values, [fields])
  const rows = useMemo(
    () =>
      (Array.isArray(values.shortcomings) ? values.shortcomings : [])
        .map((r, i) => ({ ...r, n: i + 1 }))
        .filter((r) => (r.text ?? '').trim()),
    [values.shortcomings],
  )
  const sentences = useMemo(() => rows.map((r) => r.text ?? ''), [rows])
  const key = JSON.stringify(sentences)
  const [results, setResults] = useState<Suggestion[][] | null>(null)
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (sentences.length === 0) return setResults([])
    const timer = setTimeout(() => {
      fetch(`${api}/indicators/suggest`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ sentences }),
      })
        .then(async (res) => {
          const json = await res.json().catch(() => null)
          if (!res.ok) throw new Error(json?.errors?.[0]?.message ?? 'Không tải được gợi ý biểu hiện.')
          setResults(
            listOf<{ suggestions?: Suggestion[] }>(json?.results).map(
              (r: { suggestions?: Suggestion[] }) => r.suggestions ?? [],
            ),
          )
          setError('')
        })
        .catch((e: Error) => setError(e.message))
    }, 400)
    return () => clearTimeout(timer)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for the sentences
  }, [api, key])

  const identified = new Set(listOf<{ indicator?: unknown }>(values.identified).map((i) => idOf(i?.indicator)))
  const decisions = Array.isArray(values.suggestionDecisions) ? values.suggestionDecisions : []
  const roles = ((user as { roles?: string[] } | null)?.roles ?? []) as string[]
  const mayDecide = Boolean(id) && roles.some((r) => DECIDERS.includes(r)) && UNDER_REVIEW.includes(values.stage ?? '')

  async function decide(row: Row, s: Suggestion, decision: 'accept' | 'dismiss') {
    setBusy(true)
    try {
      const res = await fetch(`${api}/dossiers/${id}/suggestions`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ shortcoming: row.id, indicator: s.id, decision }),
      })
      const json = await res.json().catch(() => null)
      if (!res.ok) {
        toast.error(json?.errors?.[0]?.message ?? 'Không ghi được ý kiến về gợi ý.')
        return
      }
      toast.success(json.message)
      window.location.reload()
    } finally {
      setBusy(false)
    }
  }

  if (rows.length === 0) return null
  return (
    <section data-testid="suggested-indicators" style={{ marginBottom: '1.5rem' }}>
      <h4>Gợi ý biểu hiện cho từng thiếu sót</h4>
      <p style={{ marginTop: 0 }}>
        Ba biểu hiện trong danh mục có nhiều từ trùng nhất với câu thiếu sót; từ trùng được tô đậm. Đây là gợi ý để đối
        chiếu, không thay cho nhận định của Ban Tuyên giáo.
      </p>
      {error ? <p role="alert">{error}</p> : null}
      {results === null ? <p>Đang tìm gợi ý…</p> : null}
      <ol style={{ paddingLeft: '1.25rem' }}>
        {rows.map((row, i) => {
          const suggestions = results?.[i] ?? []
          return (
            <li key={row.id ?? i} value={row.n} data-testid="suggestion-row" style={{ marginBottom: '0.75rem' }}>
              <span>Thiếu sót số {row.n}</span>
              {results && suggestions.length === 0 ? (
                <p>Không tìm thấy biểu hiện nào có từ trùng với câu này.</p>
              ) : null}
              <ul style={{ listStyle: 'none', paddingLeft: 0 }}>
                {suggestions.map((s) => {
                  const mapped = listOf(row.indicators).map(idOf).includes(s.id)
                  const answered = decisions.find((d) => d.shortcoming === row.id && idOf(d.indicator) === s.id)
                  if (answered?.decision === 'dismiss') return null
                  return (
                    <li key={s.id} data-testid="suggestion" data-code={s.code} style={{ margin: '0.35rem 0' }}>
                      <strong>{s.code}</strong> {s.title}
                      {identified.has(s.id) ? (
                        ' — đã nhận diện ở mục 1'
                      ) : (
                        <em> — tổ chức chưa nhận diện biểu hiện này</em>
                      )}
                      {mapped ? ' — đã gắn với thiếu sót' : ''}
                      <div style={{ fontSize: '0.9em' }}>
                        “
                        {s.segments.map((seg, k) =>
                          seg.match ? <mark key={k}>{seg.text}</mark> : <span key={k}>{seg.text}</span>,
                        )}
                        ”
                      </div>
                      {mayDecide && row.id && !mapped && !answered ? (
                        <div style={{ display: 'flex', gap: '0.5rem', marginTop: '0.25rem' }}>
                          <Button
                            buttonStyle="secondary"
                            size="small"
                            disabled={busy || modified}
                            onClick={() => void decide(row, s, 'accept')}
                          >
                            Chấp nhận
                          </Button>
                          <Button
                            buttonStyle="secondary"
                            size="small"
                            disabled={busy || modified}
                            onClick={() => void decide(row, s, 'dismiss')}
                          >
                            Bỏ qua
                          </Button>
                        </div>
                      ) : null}
                    </li>
                  )
                })}
              </ul>
            </li>
          )
        })}
      </ol>
    </section>
  )
}
