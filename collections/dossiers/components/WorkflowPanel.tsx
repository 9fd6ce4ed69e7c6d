'use client'
import { Button, toast, useConfig, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'
import { SafeSection } from '@/admin/SafeSection'
import { formatDateTime } from '@/vietnamese/format'

type Problem = { code: string; message: string }
type Option = {
  action: string
  label: string
  to: string
  needsReason: boolean
  answersReturn?: boolean
  problems: Problem[]
}
type Returned = { reason: string; remarks: Record<string, string | null>; at: string | null; unchanged: boolean }
type Options = { stage: string; stageLabel: string; actions: Option[]; returned?: Returned | null }

/** The message of the step just taken survives the reload that follows it. */
const doneKey = (id: unknown) => `soisua:dossier-step:${String(id)}`

const SECTIONS = [
  ['identification', '1. Nhận diện'],
  ['plan', '2. Kế hoạch khắc phục'],
  ['evaluation', '3. Đánh giá cuối năm'],
  ['conclusions', '4. Đối chiếu phiếu kết luận'],
  ['attachments', '5. Tài liệu đính kèm'],
] as const

const box: React.CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 4,
  padding: '1rem',
  marginBottom: '1.5rem',
  background: 'var(--theme-elevation-50)',
}

/**
 * The workflow buttons of a dossier: only the steps the current user may take now, as the
 * server's transition table says (GET /api/dossiers/:id/transitions), with the reasons a step
 * is not yet possible. Every step goes through POST /api/dossiers/:id/transition.
 */
export function WorkflowPanel() {
  return (
    <SafeSection title="Quy trình hồ sơ">
      <Workflow />
    </SafeSection>
  )
}

function Workflow() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const [options, setOptions] = useState<Options | null>(null)
  const [error, setError] = useState('')
  const [open, setOpen] = useState<string | null>(null)
  const [reason, setReason] = useState('')
  const [remarks, setRemarks] = useState<Record<string, string>>({})
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState('')

  useEffect(() => {
    if (!id) return
    const message = window.sessionStorage.getItem(doneKey(id))
    if (message) {
      window.sessionStorage.removeItem(doneKey(id))
      setDone(message)
    }
  }, [id])

  const load = useCallback(async () => {
    if (!id) return
    const res = await fetch(`${api}/dossiers/${id}/transitions`, { credentials: 'include' })
    const json = await res.json()
    if (res.ok) setOptions(json)
    else setError(json?.errors?.[0]?.message ?? 'Không tải được các thao tác của hồ sơ.')
  }, [api, id])

  // Steps are judged on the saved dossier: reload them whenever the form has just been saved.
  const modified = useFormModified()
  useEffect(() => {
    if (!modified) void load()
  }, [load, modified])

  if (!id) {
    return (
      <div style={box}>Lưu hồ sơ lần đầu để bắt đầu quy trình: nhận diện → kế hoạch khắc phục → gửi thẩm định.</div>
    )
  }

  async function run(option: Option) {
    setBusy(true)
    try {
      const res = await fetch(`${api}/dossiers/${id}/transition`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          action: option.action,
          reason: reason || undefined,
          remarks: option.needsReason ? remarks : undefined,
        }),
      })
      const json = await res.json()
      if (!res.ok) {
        toast.error(json?.errors?.[0]?.message ?? 'Không thực hiện được thao tác.')
        return
      }
      toast.success(json.message)
      window.sessionStorage.setItem(doneKey(id), json.message)
      // The whole form changes with the stage (editable or read-only): reload it from the server.
      window.location.reload()
    } finally {
      setBusy(false)
    }
  }

  return (
    <div style={box} data-testid="dossier-workflow">
      {done ? (
        <p
          role="status"
          data-testid="workflow-done"
          style={{ marginTop: 0, fontWeight: 600, color: 'var(--theme-success-750)' }}
        >
          ✓ {done}
        </p>
      ) : null}
      {options?.returned ? <ReturnedNotice returned={options.returned} /> : null}
      <p style={{ margin: 0 }}>
        Bước hiện tại: <strong data-testid="dossier-stage">{options?.stageLabel ?? '…'}</strong>
      </p>
      {error ? <p role="alert">{error}</p> : null}
      {modified && options?.actions.length ? (
        <p role="status">Hãy lưu các thay đổi trước khi chuyển bước hồ sơ.</p>
      ) : null}
      {options && options.actions.length === 0 ? (
        <p style={{ marginBottom: 0 }}>Hồ sơ không chờ thao tác nào của bạn ở bước này.</p>
      ) : null}
      <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap', marginTop: '0.75rem' }}>
        {options?.actions.map((o) => (
          <Button
            key={o.action}
            buttonStyle={o.action === 'return' || o.action === 'reopen' ? 'secondary' : 'primary'}
            disabled={busy || modified || o.problems.length > 0}
            onClick={() => {
              if (o.needsReason) setOpen(open === o.action ? null : o.action)
              else void run(o)
            }}
          >
            {o.label}
          </Button>
        ))}
      </div>
      {options?.actions
        .filter((o) => o.problems.length > 0)
        .map((o) => (
          <div key={o.action} role="status">
            <p style={{ marginBottom: '0.25rem' }}>Chưa thể “{o.label}”:</p>
            <ul style={{ marginTop: 0 }}>
              {o.problems.map((p, i) => (
                <li key={i}>{p.message}</li>
              ))}
            </ul>
          </div>
        ))}
      {options?.actions
        .filter((o) => o.action === open)
        .map((o) => (
          <div key={o.action} style={{ marginTop: '1rem' }}>
            <label htmlFor="transition-reason" style={{ display: 'block', fontWeight: 600 }}>
              {o.answersReturn
                ? 'Trả lời lý do trả lại (bắt buộc vì hồ sơ chưa được sửa)'
                : `Lý do “${o.label}” (bắt buộc)`}
            </label>
            <textarea
              id="transition-reason"
              name="transition-reason"
              rows={3}
              style={{ width: '100%' }}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
            {o.answersReturn ? null : (
              <details style={{ margin: '0.5rem 0' }}>
                <summary>Ý kiến theo từng mục (không bắt buộc)</summary>
                {SECTIONS.map(([key, label]) => (
                  <div key={key} style={{ marginTop: '0.5rem' }}>
                    <label htmlFor={`remark-${key}`} style={{ display: 'block' }}>
                      {label}
                    </label>
                    <textarea
                      id={`remark-${key}`}
                      rows={2}
                      style={{ width: '100%' }}
                      value={remarks[key] ?? ''}
                      onChange={(e) => setRemarks({ ...remarks, [key]: e.target.value })}
                    />
                  </div>
                ))}
              </details>
            )}
            <Button disabled={busy || !reason.trim()} onClick={() => void run(o)}>
              Xác nhận “{o.label}”
            </Button>
          </div>
        ))}
    </div>
  )
}

/** Why the dossier came back, above everything else, so the officer reads it before changing anything. */
function ReturnedNotice({ returned }: { returned: Returned }) {
  const remarks = SECTIONS.filter(([key]) => returned.remarks?.[key])
  return (
    <div
      role="alert"
      data-testid="returned-reason"
      style={{
        borderLeft: '4px solid var(--theme-error-500)',
        padding: '0.5rem 0.75rem',
        marginBottom: '1rem',
        background: 'var(--theme-error-50)',
      }}
    >
      <p style={{ margin: 0, fontWeight: 600 }}>
        Hồ sơ bị trả lại{returned.at ? ` lúc ${formatDateTime(returned.at)}` : ''}. Lý do:
      </p>
      <p style={{ margin: '0.25rem 0', whiteSpace: 'pre-line' }}>{returned.reason}</p>
      {remarks.length ? (
        <ul style={{ margin: '0.25rem 0' }}>
          {remarks.map(([key, label]) => (
            <li key={key}>
              {label}: {returned.remarks[key]}
            </li>
          ))}
        </ul>
      ) : null}
      {returned.unchanged ? (
        <p style={{ margin: '0.25rem 0 0' }}>
          Hồ sơ chưa được sửa từ khi bị trả lại: hãy sửa theo lý do trên rồi lưu, hoặc ghi câu trả lời cho lý do khi
          “Gửi lại”.
        </p>
      ) : null}
    </div>
  )
}
