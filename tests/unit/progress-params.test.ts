import { describe, expect, it } from 'vitest'
import { toCsv } from '@/progress/export'
import { parseAsOf, parseFormat, parseId, parseKind, parsePeriod, parseYear } from '@/progress/params'

describe('reading progress query strings', () => {
  it('takes a four-digit year in range, or the fallback when none is given', () => {
    expect(parseYear('2022')).toEqual({ ok: true, value: 2022 })
    expect(parseYear(undefined, 2023)).toEqual({ ok: true, value: 2023 })
    expect(parseYear('')).toMatchObject({ ok: false, message: 'Cần chọn năm (ví dụ năm=2022).' })
    expect(parseYear('22')).toMatchObject({ ok: false })
    expect(parseYear('2022; drop table')).toMatchObject({ ok: false })
    expect(parseYear('1999')).toMatchObject({ ok: false, message: 'Năm phải trong khoảng 2000–2100.' })
  })

  it('reads a date as the end of that day in Vietnam', () => {
    expect(parseAsOf('2022-11-01')).toEqual({ ok: true, value: new Date('2022-11-01T16:59:59.999Z') })
    expect(parseAsOf(undefined)).toEqual({ ok: true, value: undefined })
    expect(parseAsOf('01/11/2022')).toMatchObject({ ok: false })
    expect(parseAsOf('2022-02-29')).toMatchObject({ ok: false })
  })

  it('reads a period, refusing a reversed one', () => {
    const p = parsePeriod('2018-01-01', '2021-06-30')
    expect(p.ok && p.value.from.toISOString()).toBe('2017-12-31T17:00:00.000Z')
    expect(parsePeriod('2021-06-30', '2018-01-01')).toMatchObject({ ok: false })
    expect(parsePeriod(null, '2018-01-01')).toMatchObject({ ok: false })
  })

  it('accepts only csv and xlsx, grassroots kinds, and plain ids', () => {
    expect(parseFormat(undefined)).toEqual({ ok: true, value: 'xlsx' })
    expect(parseFormat('CSV')).toEqual({ ok: true, value: 'csv' })
    expect(parseFormat('pdf')).toMatchObject({ ok: false })
    expect(parseKind('grassroots-cell')).toEqual({ ok: true, value: ['grassroots-cell'] })
    expect(parseKind('cell')).toMatchObject({ ok: false })
    expect(parseId('6a6c0688-ec4f-4ce0-b195-f78b2ade693f')).toMatchObject({ ok: true })
    expect(parseId('{"$ne":null}')).toMatchObject({ ok: false })
  })
})

describe('CSV for Excel', () => {
  it('starts with a byte-order mark and quotes what needs quoting', () => {
    const csv = toCsv([
      {
        name: 'x',
        preamble: ['Tiến độ năm 2022'],
        headers: ['Tổ chức đảng', 'Số'],
        rows: [
          ['Chi bộ "A", tổ 1', 3],
          ['B', null],
        ],
      },
    ])
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect(csv).toBe('\uFEFFTiến độ năm 2022\r\n\r\nTổ chức đảng,Số\r\n"Chi bộ ""A"", tổ 1",3\r\nB,\r\n')
  })
})
