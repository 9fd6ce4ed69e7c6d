import { describe, expect, it } from 'vitest'
import { namedPage, rewrittenPath } from '@/http/namedPages'

describe('named public pages', () => {
  it('names the document of each page that shows one, as its page would look it up', () => {
    expect(namedPage('/tin-tuc/bai-viet-1')).toEqual({ collection: 'articles', key: 'bai-viet-1' })
    expect(namedPage('/van-ban/huong-dan-436')).toEqual({ collection: 'guidance-documents', key: 'huong-dan-436' })
    expect(namedPage('/chuyen-muc/thoi-su/trang/3')).toEqual({ collection: 'categories', key: 'thoi-su' })
    expect(namedPage('/tac-gia/phong-vien')).toEqual({ collection: 'authors', key: 'phong-vien' })
    expect(namedPage('/loat-bai/de-an-05')).toEqual({ collection: 'series', key: 'de-an-05' })
    // Indicator codes are case-insensitive, as on their page.
    expect(namedPage('/bieu-hien/dd-01')).toEqual({ collection: 'indicators', key: 'DD-01' })
    // A year of /tien-do, asked as the query the readers use.
    const year = rewrittenPath('/tien-do', new URLSearchParams('nam=2061'))
    expect(namedPage(year)).toEqual({ collection: 'progress-years', key: '2061' })
    expect(rewrittenPath('/tien-do', new URLSearchParams(''))).toBe('/tien-do')
    // A page of the corrections list, likewise.
    const corrections = rewrittenPath('/dinh-chinh', new URLSearchParams('trang=99'))
    expect(namedPage(corrections)).toEqual({ collection: 'corrections-pages', key: '99' })
  })

  it('gives no key to an address that cannot name anything, so it is missing without a lookup', () => {
    expect(namedPage('/tin-tuc/Ch%E1%BB%AF-hoa')).toEqual({ collection: 'articles', key: '' })
    expect(namedPage(`/tin-tuc/${'a'.repeat(201)}`)).toEqual({ collection: 'articles', key: '' })
    expect(namedPage('/bieu-hien/dd 01')).toEqual({ collection: 'indicators', key: '' })
  })

  it('leaves every other address, and malformed escapes, to the pages', () => {
    for (const p of ['/', '/tin-tuc', '/tin-tuc/a/b', '/tien-do', '/trang/2', '/tim-kiem', '/tin-tuc/%E0%A4%A'])
      expect(namedPage(p), p).toBeNull()
  })
})
