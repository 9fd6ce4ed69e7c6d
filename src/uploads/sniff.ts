/**
 * What an uploaded file really is, judged by its first bytes and never by its name or the
 * browser's claim: an executable renamed "bien-ban.pdf" is still an executable.
 */
export type SniffedType = 'application/pdf' | 'image/jpeg' | 'image/png' | 'image/webp'

const startsWith = (b: Uint8Array, sig: number[], offset = 0) => sig.every((v, i) => b[offset + i] === v)
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0))

export function sniffFileType(bytes: Uint8Array): SniffedType | null {
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf'
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg'
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp'
  return null
}

/** Programs and scripts, named so the refusal says what was found. */
export function looksExecutable(bytes: Uint8Array): boolean {
  return (
    startsWith(bytes, ascii('MZ')) || // Windows PE
    startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46]) || // ELF
    startsWith(bytes, [0xcf, 0xfa, 0xed, 0xfe]) || // Mach-O
    startsWith(bytes, [0xca, 0xfe, 0xba, 0xbe]) ||
    startsWith(bytes, ascii('#!'))
  )
}

export type UploadCheck = { ok: true; type: SniffedType } | { ok: false; status: 413 | 415; message: string }

const mb = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`

export function checkRestrictedUpload(
  file: { size: number; head: Uint8Array },
  opts: { maxBytes: number; allowed: readonly SniffedType[] },
): UploadCheck {
  if (file.size > opts.maxBytes) {
    return {
      ok: false,
      status: 413,
      message: `Tệp quá lớn (${mb(file.size)}). Dung lượng tối đa là ${mb(opts.maxBytes)}.`,
    }
  }
  if (looksExecutable(file.head)) {
    return {
      ok: false,
      status: 415,
      message: 'Tệp là chương trình chạy được, không phải tài liệu. Chỉ nhận tệp PDF hoặc ảnh (JPEG, PNG, WebP).',
    }
  }
  const type = sniffFileType(file.head)
  if (!type || !opts.allowed.includes(type)) {
    return {
      ok: false,
      status: 415,
      message: 'Nội dung tệp không phải PDF hoặc ảnh (JPEG, PNG, WebP). Chỉ nhận các loại tệp này.',
    }
  }
  return { ok: true, type }
}
