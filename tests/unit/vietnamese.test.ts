import { describe, expect, it } from 'vitest'
import { foldDiacritics, formatDate, formatDateTime, parseVietnamDateTime, slugify } from '@/vietnamese'

describe('slugify', () => {
  it('turns the reference title, written with the eth "Ð", into the published slug', () => {
    const title = 'Krông Nô linh hoạt triển khai thực hiện Ðề án 05 (kỳ 2): Nhận diện các biểu hiện để “tự soi, tự sửa”'
    expect(title).toContain('\u00D0')
    expect(slugify(title)).toBe(
      'krong-no-linh-hoat-trien-khai-thuc-hien-de-an-05-ky-2-nhan-dien-cac-bieu-hien-de-tu-soi-tu-sua',
    )
  })

  it('folds Vietnamese "Đ" (U+0110) and eth "Ð" (U+00D0) alike, in both cases', () => {
    expect(slugify('\u0110ề án 05')).toBe('de-an-05')
    expect(slugify('\u00D0ề án 05')).toBe('de-an-05')
    expect(slugify('\u0111\u00F0')).toBe('dd')
  })

  it('keeps long slugs under the limit without cutting a word in half', () => {
    const slug = slugify('Nhận diện biểu hiện suy thoái '.repeat(10), 40)
    expect(slug.length).toBeLessThanOrEqual(40)
    expect(slug).toMatch(/^[a-z0-9-]+[a-z0-9]$/)
    expect('nhan-dien-bieu-hien-suy-thoai-'.repeat(10)).toContain(slug)
    expect(slug.split('-').every((w) => ['nhan', 'dien', 'bieu', 'hien', 'suy', 'thoai'].includes(w))).toBe(true)
  })
})

describe('foldDiacritics', () => {
  it('lets readers search without accents', () => {
    expect(foldDiacritics('ĐỀ ÁN 05: Tự soi, tự sửa')).toBe('de an 05: tu soi, tu sua')
  })
})

describe('dates in Vietnam time', () => {
  it('shows an instant as dd/MM/yyyy HH:mm in Asia/Ho_Chi_Minh whatever the server zone', () => {
    // 02:09 UTC is 09:09 in Vietnam (UTC+7).
    expect(formatDateTime('2022-11-03T02:09:00.000Z')).toBe('03/11/2022 09:09')
    // Late evening UTC is already the next day in Vietnam.
    expect(formatDateTime(new Date('2022-12-31T18:30:00.000Z'))).toBe('01/01/2023 01:30')
    expect(formatDate('2022-12-31T18:30:00.000Z')).toBe('01/01/2023')
    expect(formatDateTime(null)).toBe('')
  })

  it('reads a Vietnamese date back to the same instant', () => {
    const instant = parseVietnamDateTime('03/11/2022 09:09')
    expect(instant.toISOString()).toBe('2022-11-03T02:09:00.000Z')
    expect(formatDateTime(instant)).toBe('03/11/2022 09:09')
    expect(() => parseVietnamDateTime('2022-11-03')).toThrow(/dd\/MM\/yyyy/)
  })
})
