import { describe, expect, it } from 'vitest'
import { archiveProblem, BACKUP_FORMAT, DATABASE_ENTRY } from '@/backup/archive'

const known = ['20261202_025857_initial', '20261202_034609_audit_log_suggestions_corrections']
const files = { [DATABASE_ENTRY]: 'a'.repeat(64), 'media/anh.jpg': 'b'.repeat(64) }
const manifest = { format: BACKUP_FORMAT, createdAt: '2026-12-02T03:15:00.000Z', schemaVersion: known[1], files }

describe('archiveProblem', () => {
  it('accepts an archive whose files match their checksums and whose schema this code knows', () => {
    expect(archiveProblem(manifest, { ...files }, known)).toBeNull()
    expect(archiveProblem({ ...manifest, schemaVersion: null }, { ...files }, known)).toBeNull()
  })

  it('refuses a changed, missing or added file', () => {
    expect(archiveProblem(manifest, { ...files, 'media/anh.jpg': 'c'.repeat(64) }, known)).toMatch(
      /bị hỏng.*media\/anh\.jpg/,
    )
    expect(archiveProblem(manifest, { [DATABASE_ENTRY]: files[DATABASE_ENTRY] }, known)).toMatch(/bị hỏng/)
    expect(archiveProblem(manifest, { ...files, 'media/la.exe': 'd'.repeat(64) }, known)).toMatch(/bị hỏng.*la\.exe/)
  })

  it('refuses an archive of a newer release, and anything that is not an archive of the portal', () => {
    expect(archiveProblem({ ...manifest, schemaVersion: '29991231_000000_future' }, { ...files }, known)).toMatch(
      /mới hơn/,
    )
    expect(archiveProblem(null, { ...files }, known)).toMatch(/Không phải bản sao lưu/)
    expect(archiveProblem({ ...manifest, format: 'other/1' }, { ...files }, known)).toMatch(/Không phải bản sao lưu/)
    expect(
      archiveProblem({ ...manifest, files: { 'media/anh.jpg': files['media/anh.jpg'] } }, { ...files }, known),
    ).toMatch(/không có cơ sở dữ liệu/)
  })
})
