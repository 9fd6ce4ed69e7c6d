/** The public address of the portal, used in canonical URLs, feeds and previews. */
export function siteUrl(): string {
  const url = process.env.NEXT_PUBLIC_SERVER_URL || process.env.SERVER_URL || 'http://localhost:3000'
  return url.replace(/\/+$/, '')
}

export const SITE_NAME = 'Soi Sửa'
export const SITE_DESCRIPTION =
  'Cổng thông tin thực hiện Đề án 05: nhận diện, khắc phục biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến”, “tự chuyển hóa”.'
