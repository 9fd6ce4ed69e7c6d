import fs from 'node:fs/promises'
import path from 'node:path'
import type { CollectionSlug, Payload, Plugin } from 'payload'
import { databaseKind } from '@/db/adapter'

/**
 * Payload writes an upload's file before the database commits its record. A server killed in
 * between leaves a file nobody can reach or delete from the admin. On start, before the first
 * request is served, the server removes files that no record names.
 *
 * On SQLite one server owns the folders, so every such file is an orphan. On MongoDB other
 * instances may be half-way through an upload, so only files older than an hour are removed.
 */
export async function sweepOrphanUploads(payload: Payload, now = Date.now()): Promise<{ removed: string[] }> {
  const graceMs = databaseKind() === 'sqlite' ? 0 : 60 * 60 * 1000
  const removed: string[] = []
  for (const collection of payload.config.collections) {
    const staticDir =
      collection.upload && typeof collection.upload === 'object' ? collection.upload.staticDir : undefined
    if (!staticDir) continue
    let entries: string[]
    try {
      entries = (await fs.readdir(staticDir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name)
    } catch {
      continue
    }
    if (!entries.length) continue
    const known = new Set<string>()
    const { docs } = await payload.db.find<{
      id: string
      filename?: string | null
      sizes?: Record<string, { filename?: string | null } | null> | null
    }>({
      collection: collection.slug as CollectionSlug,
      pagination: false,
      where: {},
    })
    for (const doc of docs) {
      if (doc.filename) known.add(doc.filename)
      for (const size of Object.values(doc.sizes ?? {})) if (size?.filename) known.add(size.filename)
    }
    for (const name of entries) {
      if (known.has(name)) continue
      const file = path.join(staticDir, name)
      const stat = await fs.stat(file).catch(() => null)
      if (!stat || now - stat.mtimeMs < graceMs) continue
      await fs.rm(file, { force: true })
      removed.push(`${collection.slug}/${name}`)
    }
  }
  if (removed.length)
    payload.logger.warn(
      `Đã xóa ${removed.length} tệp tải lên không có bản ghi (ghi dở khi máy chủ dừng đột ngột): ${removed.slice(0, 20).join(', ')}`,
    )
  return { removed }
}

/** Runs the sweep once in the web server (not in build steps or command-line scripts). */
export function sweepOrphanUploadsOnStart(): Plugin {
  return (config) => ({
    ...config,
    onInit: async (payload) => {
      await config.onInit?.(payload)
      if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
      await sweepOrphanUploads(payload).catch((err) =>
        payload.logger.error({ err, msg: 'Không dọn được tệp tải lên mồ côi' }),
      )
    },
  })
}
