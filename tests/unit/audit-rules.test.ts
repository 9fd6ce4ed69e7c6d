import { describe, expect, it } from 'vitest'
import { auditCutoff, auditRetentionMonths, changeAction, changedFieldNames, publicState } from '@/audit/changes'

describe('audit trail: which fields a save changed', () => {
  it('names the changed fields only, never bookkeeping, and sees a populated relation as its id', () => {
    const before = { id: 'a', title: 'Cũ', lead: 'Giữ', organization: 'o1', updatedAt: '1', hash: 'x' }
    const after = {
      id: 'a',
      title: 'Mới',
      lead: 'Giữ',
      organization: { id: 'o1', name: 'Chi bộ', createdAt: 'c' },
      updatedAt: '2',
      hash: 'y',
    }
    expect(changedFieldNames(before, after)).toEqual(['title'])
  })

  it('on a create, names the fields that were filled in', () => {
    expect(changedFieldNames(null, { id: 'n', name: 'Nguyễn Văn A', note: '', tags: [], createdAt: 'c' })).toEqual([
      'name',
    ])
  })

  it('reports a new password by name, though it is never in the saved document', () => {
    expect(changedFieldNames({ name: 'A' }, { name: 'A' }, { password: 'MậtKhẩu@2026' })).toEqual(['password'])
  })

  it('ignores join fields, which list other records', () => {
    const before = { title: 'A', history: { docs: ['e1'], hasNextPage: false } }
    const after = {
      title: 'A',
      history: {
        docs: [
          { id: 'e1', createdAt: 'c' },
          { id: 'e2', createdAt: 'c' },
        ],
        hasNextPage: false,
      },
    }
    expect(changedFieldNames(before, after)).toEqual([])
  })

  it('sees a change inside an array of rows', () => {
    const before = { planItems: [{ id: 'r1', measure: 'Họp chi bộ', indicators: ['i1'] }] }
    const after = { planItems: [{ id: 'r1', measure: 'Họp chi bộ', indicators: ['i1', 'i2'] }] }
    expect(changedFieldNames(before, after)).toEqual(['planItems'])
    expect(changedFieldNames(before, structuredClone(before))).toEqual([])
  })
})

describe('audit trail: publish, unpublish, workflow step', () => {
  it('reads publication from drafts, visibility and the published mark', () => {
    expect(publicState({ _status: 'published' })).toBe(true)
    expect(publicState({ _status: 'published', visibility: 'internal' })).toBe(false)
    expect(publicState({ published: true })).toBe(true)
    expect(publicState({ title: 'x' })).toBeUndefined()
  })

  it('names the action', () => {
    expect(changeAction({ operation: 'update', wasPublic: false, isPublic: true })).toBe('publish')
    expect(changeAction({ operation: 'update', wasPublic: true, isPublic: false })).toBe('unpublish')
    expect(changeAction({ operation: 'update', wasPublic: true, isPublic: true })).toBe('update')
    expect(changeAction({ operation: 'create', wasPublic: undefined, isPublic: true })).toBe('publish')
    expect(changeAction({ operation: 'create', wasPublic: undefined, isPublic: false })).toBe('create')
    expect(changeAction({ operation: 'create', wasPublic: undefined, isPublic: undefined })).toBe('create')
    expect(
      changeAction({ operation: 'update', wasPublic: undefined, isPublic: undefined, workflowStep: 'submit' }),
    ).toBe('transition')
  })
})

describe('audit trail: retention', () => {
  it('keeps at least 12 months whatever the setting says', () => {
    expect(auditRetentionMonths(undefined)).toBe(12)
    expect(auditRetentionMonths('3')).toBe(12)
    expect(auditRetentionMonths('abc')).toBe(12)
    expect(auditRetentionMonths('24')).toBe(24)
  })

  it('cuts off whole calendar months back, clamped to the month end', () => {
    expect(auditCutoff(new Date('2026-12-02T03:00:00Z'), 12).toISOString()).toBe('2025-12-02T03:00:00.000Z')
    expect(auditCutoff(new Date('2026-03-31T00:00:00Z'), 13).toISOString()).toBe('2025-02-28T00:00:00.000Z')
  })
})
