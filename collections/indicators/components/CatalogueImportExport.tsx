'use client'
import { useState, type FormEvent } from 'react'

type Report = {
  accepted: Array<{ ref: string; code: string }>
  rejected: Array<{ ref: string; code: string; reasons: string[] }>
  fileErrors: string[]
}
type Outcome = { ok: boolean; message: string; report?: Report }

/** Import and export of the indicator catalogue, shown above the indicators list in the admin. */
export function CatalogueImportExport() {
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(null)

  async function send(form: HTMLFormElement, dryRun: boolean) {
    const input = form.elements.namedItem('file') as HTMLInputElement
    const file = input.files?.[0]
    if (!file) {
      setOutcome({ ok: false, message: 'Hãy chọn một tệp CSV hoặc JSON.' })
      return
    }
    const body = new FormData()
    body.append('file', file)
    body.append('_payload', JSON.stringify({ dryRun }))
    setBusy(true)
    try {
      const res = await fetch('/api/indicators/import', { method: 'POST', body, credentials: 'include' })
      const json = (await res.json().catch(() => ({}))) as { message?: string; report?: Report }
      setOutcome({ ok: res.ok, message: json.message ?? `Lỗi ${res.status}`, report: json.report })
      if (res.ok && !dryRun) window.setTimeout(() => window.location.reload(), 1500)
    } catch {
      setOutcome({ ok: false, message: 'Không kết nối được máy chủ.' })
    } finally {
      setBusy(false)
    }
  }

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault()
    const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null
    void send(e.currentTarget, submitter?.value === 'check')
  }

  return (
    <section
      style={{ margin: '0 0 1.5rem', padding: '1rem', border: '1px solid var(--theme-elevation-150)', borderRadius: 4 }}
    >
      <h3 style={{ marginTop: 0 }}>Nhập / xuất danh mục</h3>
      <p style={{ margin: '0 0 .75rem' }}>
        Xuất: <a href="/api/indicators/export?format=csv">CSV</a> ·{' '}
        <a href="/api/indicators/export?format=json">JSON</a>. Nhập tệp cùng định dạng; mọi dòng được kiểm tra trước,
        chỉ cần một dòng sai là không dòng nào được ghi.
      </p>
      <form onSubmit={onSubmit} style={{ display: 'flex', gap: '.5rem', alignItems: 'center', flexWrap: 'wrap' }}>
        <input type="file" name="file" accept=".csv,.json,text/csv,application/json" aria-label="Tệp danh mục" />
        <button type="submit" value="check" disabled={busy} className="btn btn--style-secondary btn--size-small">
          Kiểm tra
        </button>
        <button type="submit" value="import" disabled={busy} className="btn btn--style-primary btn--size-small">
          Nhập
        </button>
      </form>
      {outcome && (
        <div role="status" className="catalogue-import-outcome" style={{ marginTop: '.75rem' }}>
          <p style={{ color: outcome.ok ? 'var(--theme-success-500)' : 'var(--theme-error-500)' }}>{outcome.message}</p>
          {outcome.report && (
            <>
              <p>
                Hợp lệ: {outcome.report.accepted.length} dòng · Bị từ chối: {outcome.report.rejected.length} dòng
              </p>
              {outcome.report.rejected.length > 0 && (
                <table>
                  <thead>
                    <tr>
                      <th style={{ textAlign: 'left' }}>Dòng</th>
                      <th style={{ textAlign: 'left' }}>Mã</th>
                      <th style={{ textAlign: 'left' }}>Lý do</th>
                    </tr>
                  </thead>
                  <tbody>
                    {outcome.report.rejected.map((r) => (
                      <tr key={r.ref}>
                        <td>{r.ref}</td>
                        <td>{r.code}</td>
                        <td>{r.reasons.join('; ')}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </>
          )}
        </div>
      )}
    </section>
  )
}
