import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** Layout of a backup archive (tar.gz): manifest.json, database/soi-sua.db and the upload folders. */
export const BACKUP_FORMAT = 'soi-sua-backup/1'
export const MANIFEST = 'manifest.json'
export const DATABASE_ENTRY = 'database/soi-sua.db'

export type BackupManifest = {
  format: typeof BACKUP_FORMAT
  createdAt: string
  /** Latest migration applied to the database; null for a database kept by the demo's schema sync. */
  schemaVersion: string | null
  /** Every file of the archive but the manifest: path inside the archive → sha256 (hex). */
  files: Record<string, string>
}

export function sha256File(file: string): string {
  const hash = crypto.createHash('sha256')
  const fd = fs.openSync(file, 'r')
  try {
    const buffer = Buffer.alloc(1 << 20)
    let read: number
    while ((read = fs.readSync(fd, buffer, 0, buffer.length, null)) > 0) hash.update(buffer.subarray(0, read))
  } finally {
    fs.closeSync(fd)
  }
  return hash.digest('hex')
}

/** sha256 of every file under `root` (paths relative to it, with forward slashes), the manifest left out. */
export function hashTree(root: string): Record<string, string> {
  const files: Record<string, string> = {}
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.isFile()) {
        const rel = path.relative(root, full).split(path.sep).join('/')
        if (rel !== MANIFEST) files[rel] = sha256File(full)
      }
    }
  }
  walk(root)
  return Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b)))
}

/**
 * Why an unpacked archive must not be restored, in Vietnamese, or null: a manifest of another
 * format, a file missing, changed or added since the backup, or a schema this code does not know
 * (an archive made by a newer release).
 */
export function archiveProblem(
  manifest: unknown,
  actual: Record<string, string>,
  knownMigrations: string[],
): string | null {
  const m = manifest as Partial<BackupManifest> | null
  if (!m || m.format !== BACKUP_FORMAT || typeof m.files !== 'object' || !m.files) {
    return 'Không phải bản sao lưu của Soi Sửa (thiếu hoặc sai manifest.json).'
  }
  if (!(DATABASE_ENTRY in m.files)) return 'Bản sao lưu không có cơ sở dữ liệu.'
  const damaged = Object.entries(m.files)
    .filter(([file, sum]) => actual[file] !== sum)
    .map(([file]) => file)
  const extra = Object.keys(actual).filter((file) => !(file in (m.files as object)))
  if (damaged.length || extra.length) {
    return `Bản sao lưu bị hỏng: tổng kiểm tra sha256 không khớp (${[...damaged, ...extra].slice(0, 5).join(', ')}).`
  }
  if (m.schemaVersion != null && !knownMigrations.includes(m.schemaVersion)) {
    return `Bản sao lưu được tạo bởi một phiên bản mới hơn (cấu trúc ${m.schemaVersion} mà mã nguồn này chưa biết). Hãy cập nhật mã nguồn trước khi khôi phục.`
  }
  return null
}
