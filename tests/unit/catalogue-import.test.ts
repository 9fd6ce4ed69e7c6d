import { describe, expect, it } from 'vitest'
import { catalogueToCsv, catalogueToJson, type CatalogueExport } from '@/catalogue/exportFile'
import { parseCatalogueCsv, parseCatalogueJson } from '@/catalogue/parse'
import { validateCatalogueImport, writeOrder, type ExistingCatalogue } from '@/catalogue/validate'

const empty = (): ExistingCatalogue => ({
  groups: new Map(),
  indicators: new Map(),
  documents: new Map([['04-NQ/TW', 'doc-tw4']]),
})

const csv = (lines: string[]) => lines.join('\r\n')
const HEAD = 'Mã nhóm,Tên nhóm,Mã biểu hiện,Mã biểu hiện gốc,Tên biểu hiện,Giải thích,Số văn bản ban hành'

describe('reading a CSV catalogue', () => {
  it('accepts a clean file and reports every row accepted', () => {
    const file = parseCatalogueCsv(
      csv([
        HEAD,
        'TT,Tư tưởng chính trị,TT-01,,"Phai nhạt lý tưởng, giảm niềm tin",Giải thích,04-NQ/TW',
        'tt,,tt-01.01,TT-01,Ngại học tập nghị quyết,,',
      ]),
    )
    const report = validateCatalogueImport(file, empty())
    expect(report.ok).toBe(true)
    expect(report.accepted.map((a) => a.ref)).toEqual(['Dòng 2', 'Dòng 3'])
    expect(report.rejected).toEqual([])
    expect(report.indicators.map((i) => [i.code, i.parentCode, i.documentId])).toEqual([
      ['TT-01', null, 'doc-tw4'],
      ['TT-01.01', 'TT-01', null],
    ])
    expect(report.groups).toEqual([{ code: 'TT', name: 'Tư tưởng chính trị', description: '', id: undefined }])
  })

  it('rejects the whole file for one bad row and says which row and why', () => {
    const file = parseCatalogueCsv(
      csv([
        HEAD,
        'TT,Tư tưởng chính trị,TT-01,,Phai nhạt lý tưởng,,',
        'TT,,TT-02,,,,',
        'TT,,TT-03,,Biểu hiện ba,,99-XX/YY',
      ]),
    )
    const report = validateCatalogueImport(file, empty())
    expect(report.ok).toBe(false)
    expect(report.accepted.map((a) => a.ref)).toEqual(['Dòng 2'])
    expect(report.rejected).toEqual([
      { ref: 'Dòng 3', code: 'TT-02', reasons: ['Thiếu "Tên biểu hiện".'] },
      { ref: 'Dòng 4', code: 'TT-03', reasons: ['Không tìm thấy văn bản số "99-XX/YY" trong hệ thống.'] },
    ])
  })

  it('counts rows as a spreadsheet does, skipping blank lines but not their numbers', () => {
    const file = parseCatalogueCsv(csv([HEAD, '', 'TT,Nhóm,TT-01,,Một,,', ',,,,,,', 'TT,,TT-01,,Trùng mã,,']))
    const report = validateCatalogueImport(file, empty())
    expect(report.rejected).toEqual([{ ref: 'Dòng 5', code: 'TT-01', reasons: ['Mã TT-01 trùng với Dòng 3.'] }])
  })

  it('reads headings without diacritics or in English, and a byte-order mark', () => {
    const file = parseCatalogueCsv('\uFEFFma nhom,group name,code,title\nDD,Đạo đức lối sống,DD-01,Chủ nghĩa cá nhân\n')
    expect(file.fileErrors).toEqual([])
    expect(file.rows[0].row).toMatchObject({
      groupCode: 'DD',
      groupName: 'Đạo đức lối sống',
      code: 'DD-01',
      title: 'Chủ nghĩa cá nhân',
    })
  })

  it('refuses a file without the required columns or with unknown ones', () => {
    const report = validateCatalogueImport(parseCatalogueCsv('Mã biểu hiện,Màu sắc\nTT-01,đỏ\n'), empty())
    expect(report.ok).toBe(false)
    expect(report.fileErrors).toEqual([
      'Cột không được hỗ trợ: "Màu sắc".',
      'Thiếu cột bắt buộc "Mã nhóm".',
      'Thiếu cột bắt buộc "Tên biểu hiện".',
    ])
  })

  it('refuses an empty file', () => {
    const report = validateCatalogueImport(parseCatalogueCsv(HEAD + '\n'), empty())
    expect(report.ok).toBe(false)
    expect(report.fileErrors).toEqual(['Tệp không có dòng dữ liệu nào.'])
  })
})

describe('the shape of the catalogue', () => {
  it('allows specific indicators only under a base one of the same group', () => {
    const existing = empty()
    existing.groups.set('TT', { id: 'g1', name: 'Tư tưởng chính trị' })
    existing.groups.set('DD', { id: 'g2', name: 'Đạo đức, lối sống' })
    existing.indicators.set('TT-01', { id: 'i1', groupCode: 'TT', parentCode: null })
    existing.indicators.set('TT-01.01', { id: 'i2', groupCode: 'TT', parentCode: 'TT-01' })
    const file = parseCatalogueCsv(
      csv([
        'Mã nhóm,Mã biểu hiện,Mã biểu hiện gốc,Tên biểu hiện',
        'DD,DD-01.01,TT-01,Sai nhóm',
        'TT,TT-01.01.01,TT-01.01,Cháu',
        'TT,TT-09.01,TT-09,Không có gốc',
        'XX,XX-01,,Nhóm lạ',
      ]),
    )
    const report = validateCatalogueImport(file, existing)
    const reasons = Object.fromEntries(report.rejected.map((r) => [r.ref, r.reasons]))
    expect(reasons['Dòng 2']).toEqual(['Biểu hiện gốc TT-01 thuộc nhóm TT, không phải nhóm DD.'])
    expect(reasons['Dòng 3']).toEqual(['TT-01.01 đã là biểu hiện cụ thể; chỉ gắn được vào một biểu hiện gốc.'])
    expect(reasons['Dòng 4']).toEqual(['Không có biểu hiện gốc mã TT-09 trong tệp hay trong danh mục.'])
    expect(reasons['Dòng 5']).toEqual(['Nhóm XX chưa có trong danh mục nên cần "Tên nhóm".'])
  })

  it('refuses to turn a base indicator with specific ones into a specific one', () => {
    const existing = empty()
    existing.groups.set('TT', { id: 'g1', name: 'Tư tưởng chính trị' })
    existing.indicators.set('TT-01', { id: 'i1', groupCode: 'TT', parentCode: null })
    existing.indicators.set('TT-02', { id: 'i3', groupCode: 'TT', parentCode: null })
    existing.indicators.set('TT-01.01', { id: 'i2', groupCode: 'TT', parentCode: 'TT-01' })
    const file = parseCatalogueCsv(
      csv(['Mã nhóm,Mã biểu hiện,Mã biểu hiện gốc,Tên biểu hiện', 'TT,TT-01,TT-02,Gốc thành con']),
    )
    expect(validateCatalogueImport(file, existing).rejected).toEqual([
      {
        ref: 'Dòng 2',
        code: 'TT-01',
        reasons: ['TT-01 đang là biểu hiện gốc của TT-01.01 nên không thể thành biểu hiện cụ thể.'],
      },
    ])
  })

  it('keeps updates of existing rows as updates and writes bases first', () => {
    const existing = empty()
    existing.groups.set('TT', { id: 'g1', name: 'Tư tưởng chính trị' })
    existing.indicators.set('TT-01', { id: 'i1', groupCode: 'TT', parentCode: null })
    const file = parseCatalogueCsv(
      csv([
        'Mã nhóm,Mã biểu hiện,Mã biểu hiện gốc,Tên biểu hiện',
        'TT,TT-02.01,TT-02,Con',
        'TT,TT-02,,Gốc mới',
        'TT,TT-01,,Sửa tên',
      ]),
    )
    const report = validateCatalogueImport(file, existing)
    expect(report.ok).toBe(true)
    expect(writeOrder(report.indicators).map((i) => [i.code, i.id])).toEqual([
      ['TT-02', undefined],
      ['TT-01', 'i1'],
      ['TT-02.01', undefined],
    ])
  })
})

describe('export and JSON', () => {
  const data: CatalogueExport = {
    groups: [{ code: 'TT', name: 'Tư tưởng chính trị', description: 'Chín biểu hiện', order: 1 }],
    indicators: [
      {
        code: 'TT-01',
        group: 'TT',
        parent: null,
        title: 'Phai nhạt, "dao động"',
        explanation: 'Dòng 1\nDòng 2',
        examples: '',
        remedies: '',
        document: '04-NQ/TW',
        order: 1,
      },
      {
        code: 'TT-01.01',
        group: 'TT',
        parent: 'TT-01',
        title: 'Cụ thể',
        explanation: '',
        examples: '',
        remedies: '',
        document: null,
        order: null,
      },
    ],
  }

  it('reads back its own CSV export unchanged', () => {
    const file = parseCatalogueCsv(catalogueToCsv(data))
    const report = validateCatalogueImport(file, empty())
    expect(report.ok).toBe(true)
    expect(report.indicators[0]).toMatchObject({
      code: 'TT-01',
      title: 'Phai nhạt, "dao động"',
      explanation: 'Dòng 1\nDòng 2',
      order: 1,
      documentId: 'doc-tw4',
    })
    expect(report.groups[0]).toMatchObject({ code: 'TT', name: 'Tư tưởng chính trị', description: 'Chín biểu hiện' })
  })

  it('reads back its own JSON export unchanged', () => {
    const report = validateCatalogueImport(parseCatalogueJson(catalogueToJson(data)), empty())
    expect(report.ok).toBe(true)
    expect(report.indicators.map((i) => i.code)).toEqual(['TT-01', 'TT-01.01'])
    expect(report.groups[0].name).toBe('Tư tưởng chính trị')
  })

  it('names the JSON item at fault', () => {
    const report = validateCatalogueImport(
      parseCatalogueJson(
        JSON.stringify({
          groups: [{ code: 'TT', name: 'Nhóm' }],
          indicators: [
            { code: 'TT-01', group: 'TT', title: 'A' },
            { code: 'TT 02', group: 'TT', title: { x: 1 } },
          ],
        }),
      ),
      empty(),
    )
    expect(report.ok).toBe(false)
    expect(report.rejected).toEqual([
      { ref: 'indicators[1]', code: '', reasons: ['Giá trị không phải chữ hoặc số ở: title.'] },
    ])
    expect(parseCatalogueJson('{oops').fileErrors[0]).toMatch(/^Tệp JSON không hợp lệ/)
  })
})

describe('the report', () => {
  it('lists rejected rows in file order, whichever check caught them', () => {
    const file = parseCatalogueCsv(
      csv([
        'Mã nhóm,Tên nhóm,Mã biểu hiện,Mã biểu hiện gốc,Tên biểu hiện',
        'TT,Nhóm,TT-01,,Một',
        'TT,,TT-01.01,TT-99,Gốc lạ',
        'TT,,TT-02,,',
      ]),
    )
    expect(validateCatalogueImport(file, empty()).rejected.map((r) => r.ref)).toEqual(['Dòng 3', 'Dòng 4'])
  })
})
