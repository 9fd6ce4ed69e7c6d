'use client'
import { useAllFormFields, useConfig } from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import { useEffect, useMemo, useState } from 'react'
import { SafeSection } from '@/admin/SafeSection'
import { identifiedIndicators, uncoveredShortcomings, type DossierContent } from '@/workflow/guards'

type Indicator = { id: string; code?: string; title?: string }

const column: React.CSSProperties = { flex: '1 1 18rem', minWidth: 0 }

/**
 * The Propaganda Board's cross-check, side by side: the indicators the organisation identified,
 * and the conclusion-form shortcomings not yet mapped to one of them. Computed from the form as
 * it is being filled, with the same rule the server applies before "Đề nghị phê duyệt".
 */
export function ConclusionCrossCheck() {
  return (
    <SafeSection title="Đối chiếu phiếu kết luận">
      <CrossCheck />
    </SafeSection>
  )
}

function CrossCheck() {
  const [fields] = useAllFormFields()
  const { config } = useConfig()
  const data = useMemo(() => reduceFieldsToValues(fields, true) as DossierContent, [fields])
  const identified = useMemo(() => identifiedIndicators(data).map(String), [data])
  const open = useMemo(() => uncoveredShortcomings(data), [data])
  const [catalogue, setCatalogue] = useState<Record<string, Indicator>>({})

  const wanted = useMemo(
    () => [...new Set([...identified, ...open.flatMap((s) => s.indicators.map(String))])].sort(),
    [identified, open],
  )
  useEffect(() => {
    const missing = wanted.filter((id) => !catalogue[id])
    if (missing.length === 0) return
    const query = missing.map((id, i) => `where[id][in][${i}]=${encodeURIComponent(id)}`).join('&')
    void fetch(`${config.serverURL ?? ''}${config.routes.api}/indicators?${query}&depth=0&limit=${missing.length}`, {
      credentials: 'include',
    })
      .then((r) => r.json())
      .then((json: { docs?: Indicator[] }) =>
        setCatalogue((c) => ({ ...c, ...Object.fromEntries((json.docs ?? []).map((d) => [String(d.id), d])) })),
      )
  }, [wanted, catalogue, config])

  const name = (id: string) => {
    const i = catalogue[id]
    return i ? `${i.code ?? ''} ${i.title ?? ''}`.trim() : id
  }

  return (
    <div
      style={{ display: 'flex', gap: '1.5rem', flexWrap: 'wrap', marginBottom: '1.5rem' }}
      data-testid="conclusion-cross-check"
    >
      <div style={column}>
        <h4>Biểu hiện đã nhận diện (mục 1)</h4>
        {identified.length ? (
          <ul>
            {identified.map((id) => (
              <li key={id}>{name(id)}</li>
            ))}
          </ul>
        ) : (
          <p>Chưa nhận diện biểu hiện nào.</p>
        )}
      </div>
      <div style={column}>
        <h4>Thiếu sót trong phiếu kết luận chưa được đối chiếu</h4>
        {open.length === 0 ? (
          <p>Mọi thiếu sót đã được đối chiếu với biểu hiện đã nhận diện.</p>
        ) : (
          <ul>
            {open.map((s) => (
              <li key={s.row}>
                <strong>Thiếu sót số {s.row}</strong>
                {s.source ? ` (${s.source})` : ''}: “{s.text}” —{' '}
                {s.reason === 'unmapped'
                  ? 'chưa gắn với biểu hiện nào.'
                  : `gắn với biểu hiện chưa được nhận diện: ${s.indicators.map((i) => name(String(i))).join(', ')}.`}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  )
}
