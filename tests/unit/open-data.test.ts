import SwaggerParser from '@apidevtools/swagger-parser'
import { describe, expect, it } from 'vitest'
import { DATASETS, inspectionTallyRows } from '@/open-data/datasets'
import { datasetPath, neutralizeFormula } from '@/open-data/formats'
import { openApiDocument } from '@/open-data/openapi'
import { countWords, memberCount, protectParts, publicCommitmentCounts } from '@/open-data/suppress'
import { tallyInspections } from '@/progress/inspections'

describe('open data rules', () => {
  it('writes member counts of 1 and 2 as "<3", and every other count as it is', () => {
    expect([0, 1, 2, 3, 104].map(memberCount)).toEqual([0, '<3', '<3', 3, 104])
    expect([memberCount(1), 'x' as const, 3].map(countWords)).toEqual(['dưới 3', 'một số', '3'])
  })

  it('hides one more part of a total when a small part is hidden, so it cannot be worked out', () => {
    // 8 = 7 + 1: showing the 7 would give the 1 away.
    expect(protectParts([7, 1])).toEqual(['x', '<3'])
    expect(protectParts([0, 62, 27, 4, 1])).toEqual([0, 62, 27, 'x', '<3'])
    expect(protectParts([5, 2, 2])).toEqual(['x', '<3', '<3'])
    expect(protectParts([5, 9, 0])).toEqual([5, 9, 0])
    expect(protectParts([1, 0])).toEqual(['<3', 0])
    // 9 of 113 filed, 8 remedied, 1 pending: the 8 is hidden too; 113 and 9 stay.
    const shown = publicCommitmentCounts({
      members: 113,
      filed: 9,
      notFiled: 104,
      remedied: 8,
      partly: 0,
      notRemedied: 0,
      pending: 1,
    })
    expect(shown).toEqual({
      members: 113,
      filed: 9,
      notFiled: 104,
      remedied: 'x',
      partly: 0,
      notRemedied: 0,
      pending: '<3',
    })
    const few = publicCommitmentCounts({
      members: 50,
      filed: 2,
      notFiled: 48,
      remedied: 2,
      partly: 0,
      notRemedied: 0,
      pending: 0,
    })
    expect(few).toMatchObject({ members: 50, filed: '<3', notFiled: 'x', remedied: '<3' })
  })

  it('turns text a spreadsheet would run into plain text', () => {
    for (const s of ['=1+1', '+84 912', '-2', '@SUM(A1)', '\t=x', '\r=x']) expect(neutralizeFormula(s)).toBe(`'${s}`)
    for (const s of ['73-KH/HU', 'Đảng bộ', '', "'=already"]) expect(neutralizeFormula(s)).toBe(s)
  })

  it('gives every dataset a distinct address, columns with descriptions and Vietnamese headings', () => {
    expect(new Set(DATASETS.map((d) => d.slug)).size).toBe(DATASETS.length)
    for (const d of DATASETS) {
      expect(d.columns.length).toBeGreaterThan(0)
      for (const c of d.columns) expect(c.description.length, `${d.slug}.${c.key}`).toBeGreaterThan(5)
    }
    const tally = DATASETS.find((d) => d.slug === 'tien-do-nam')!
    expect(datasetPath(tally, { year: 2022, format: 'csv' })).toBe('/api/open-data/tien-do-nam?nam=2022&dinh-dang=csv')
  })

  it('describes the API in an OpenAPI 3 document that validates', async () => {
    const doc = openApiDocument(DATASETS)
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy()
    expect(Object.keys(doc.paths)).toHaveLength(DATASETS.length + 1)
  })

  it('lays out an inspection tally as the page tables do: totals, then the non-empty breakdowns', () => {
    const period = { from: new Date('2018-01-01T00:00:00+07:00'), to: new Date('2021-06-30T23:59:59+07:00') }
    const t = tallyInspections(
      [
        {
          subjectType: 'member',
          subject: 'm1',
          kind: 'violation-signs',
          startedAt: '2019-01-01',
          finding: 'violation',
        },
      ],
      [
        {
          subjectType: 'member',
          subject: 'm1',
          form: 'warning',
          area: 'ethics-lifestyle',
          decidedAt: '2019-05-01',
          relatedToDegradation: true,
        },
      ],
      period,
    )
    expect(inspectionTallyRows(t).map((r) => [r.section, r.item, r.organizations, r.members])).toEqual([
      ['Tổng hợp', 'Được kiểm tra, giám sát', 0, '<3'],
      ['Tổng hợp', 'Bị thi hành kỷ luật', 0, '<3'],
      ['Tổng hợp', 'Kỷ luật liên quan biểu hiện suy thoái', 0, '<3'],
      ['Kiểm tra, giám sát theo loại', 'Kiểm tra khi có dấu hiệu vi phạm', 0, '<3'],
      ['Kỷ luật theo hình thức', 'Cảnh cáo', 0, '<3'],
      ['Kỷ luật theo lĩnh vực vi phạm', 'Đạo đức, lối sống', 0, '<3'],
      ['Liên quan biểu hiện suy thoái, theo lĩnh vực', 'Đạo đức, lối sống', 0, '<3'],
    ])
  })
})
