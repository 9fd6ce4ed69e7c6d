import path from 'node:path'

/** The folders uploads are stored in, each set by its variable (relative to the project folder). */
export const UPLOAD_FOLDERS = [
  { name: 'media', variable: 'MEDIA_DIR' },
  { name: 'document-files', variable: 'DOCUMENT_FILES_DIR' },
  { name: 'dossier-files', variable: 'DOSSIER_FILES_DIR' },
] as const

export type UploadFolder = (typeof UPLOAD_FOLDERS)[number]['name']

export function uploadDir(name: UploadFolder, env: NodeJS.ProcessEnv = process.env): string {
  const folder = UPLOAD_FOLDERS.find((f) => f.name === name)
  return path.resolve(process.cwd(), (folder && env[folder.variable]) || name)
}
