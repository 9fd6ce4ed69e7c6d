/**
 * Vietnamese text folding. "Đ" (U+0110), "Ð" (U+00D0, the Icelandic eth that some
 * newsroom software emits) and their lower-case forms all fold to "d", because readers
 * type "d" for all of them.
 */
const D_LIKE = /[\u0110\u0111\u00D0\u00F0\u0189\u0256]/g

/** Removes diacritics and lower-cases: "ĐỀ ÁN 05" → "de an 05". */
export function foldDiacritics(text: string): string {
  return text
    .replace(D_LIKE, 'd')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
}

/** URL slug from a Vietnamese title: "Ðề án 05 (kỳ 2)" → "de-an-05-ky-2". */
export function slugify(text: string, maxLength = 96): string {
  const slug = foldDiacritics(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (slug.length <= maxLength) return slug
  const cut = slug.slice(0, maxLength)
  const lastDash = cut.lastIndexOf('-')
  return (lastDash > maxLength / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/g, '')
}
