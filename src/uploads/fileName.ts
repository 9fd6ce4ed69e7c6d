/**
 * The name an uploaded file is stored and served under. Users send names typed on many
 * systems: macOS sends Vietnamese decomposed (NFD), so "Ảnh" and "Ảnh" would be two different
 * files; a right-to-left override (U+202E) makes "anh<RLO>gpj.exe" read as "anhexe.jpg"; and
 * the extension is whatever the sender chose. So: NFC, no control, bidi or zero-width
 * characters, no path separators, and the extension of what the content really is.
 */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g
const SEPARATORS = /[/\\:*?"<>|]/g
const MAX_LENGTH = 180
// Names for the same kind, and containers whose sniffed name is less precise than the sender's.
const SAME_KIND: Record<string, string[]> = {
  jpg: ['jpeg', 'jpe'],
  tif: ['tiff'],
  zip: ['docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp', 'epub'],
  cfb: ['doc', 'xls', 'ppt'],
}

export function normaliseFileName(name: string, sniffedExtension?: string): string {
  const clean = name.normalize('NFC').replace(INVISIBLE, '').replace(SEPARATORS, '-').replace(/\s+/g, ' ').trim()
  const dot = clean.lastIndexOf('.')
  let base = (dot > 0 ? clean.slice(0, dot) : clean).replace(/^[.\s-]+|[.\s]+$/g, '')
  let extension = dot > 0 ? clean.slice(dot + 1).toLowerCase() : ''
  const sniffed = sniffedExtension?.toLowerCase()
  if (sniffed && sniffed !== extension && !SAME_KIND[sniffed]?.includes(extension)) extension = sniffed
  base = base || 'tep'
  const suffix = extension ? `.${extension}` : ''
  return base.slice(0, MAX_LENGTH - suffix.length).trim() + suffix
}
