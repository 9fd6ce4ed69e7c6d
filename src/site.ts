/**
 * The public address of the portal, used in canonical URLs, feeds and previews: SERVER_URL
 * when set (production), else the port this server was started on (`server.mjs` stores it in
 * PORT), so a demo on another port links to itself.
 */
export function siteUrl(): string {
  const url =
    process.env.SERVER_URL || process.env.NEXT_PUBLIC_SERVER_URL || `http://localhost:${process.env.PORT || '3000'}`
  return url.replace(/\/+$/, '')
}

export const SITE_NAME = 'Soi Sửa'
export const SITE_DESCRIPTION =
  'Cổng thông tin thực hiện Đề án 05: nhận diện, khắc phục biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến”, “tự chuyển hóa”.'
/** The publisher's logo (public/), in JSON-LD and as the OpenGraph fallback image. */
export const SITE_LOGO = '/logo.png'
export const SITE_LOGO_SIZE = { width: 512, height: 512 }

/** The page number from ?trang=, clamped to a sane range. */
export function pageParam(value: string | string[] | undefined): number {
  const n = Number(Array.isArray(value) ? value[0] : value)
  return Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : 1
}
