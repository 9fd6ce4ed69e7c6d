import { describe, expect, it } from 'vitest'
import { PROGRESS_TAG, SEARCH_TAG, tagsForChange, tagsForRead } from '@/cache/tags'

const published = { _status: 'published' }
const draft = { _status: 'draft' }

describe('tagsForChange', () => {
  it('invalidates articles on publish, unpublish, update of a published one, delete and restore', () => {
    expect(tagsForChange({ slug: 'articles', operation: 'create', doc: published })).toEqual(['articles'])
    expect(tagsForChange({ slug: 'articles', operation: 'update', doc: published, previousDoc: draft })).toEqual([
      'articles',
    ])
    expect(tagsForChange({ slug: 'articles', operation: 'update', doc: draft, previousDoc: published })).toEqual([
      'articles',
    ])
    expect(tagsForChange({ slug: 'articles', operation: 'update', doc: published, previousDoc: published })).toEqual([
      'articles',
    ])
    expect(tagsForChange({ slug: 'articles', operation: 'delete', doc: published })).toEqual(['articles'])
  })

  it('leaves the cache alone for drafts nobody public ever saw', () => {
    expect(tagsForChange({ slug: 'articles', operation: 'create', doc: draft })).toEqual([])
    expect(tagsForChange({ slug: 'articles', operation: 'update', doc: draft, previousDoc: draft })).toEqual([])
    expect(tagsForChange({ slug: 'articles', operation: 'delete', doc: draft })).toEqual([])
  })

  it('counts only approved comments and public documents as public', () => {
    expect(tagsForChange({ slug: 'comments', operation: 'create', doc: { status: 'pending' } })).toEqual([])
    const comment = (status: string, before: string) =>
      tagsForChange({ slug: 'comments', operation: 'update', doc: { status }, previousDoc: { status: before } })
    expect(comment('approved', 'pending')).toEqual(['comments'])
    expect(comment('spam', 'approved')).toEqual(['comments'])
    expect(comment('spam', 'pending')).toEqual([])
    const internal = { _status: 'published', visibility: 'internal' }
    const open = { _status: 'published', visibility: 'public' }
    expect(
      tagsForChange({ slug: 'guidance-documents', operation: 'update', doc: internal, previousDoc: internal }),
    ).toEqual([])
    expect(
      tagsForChange({ slug: 'guidance-documents', operation: 'update', doc: open, previousDoc: internal }),
    ).toEqual(['guidance-documents'])
    expect(tagsForChange({ slug: 'published-tallies', operation: 'create', doc: { published: false } })).toEqual([])
    expect(
      tagsForChange({
        slug: 'published-tallies',
        operation: 'update',
        doc: { published: true },
        previousDoc: { published: false },
      }),
    ).toEqual(['published-tallies'])
  })

  it('sends every dossier, commitment and organisation change to the progress tag', () => {
    for (const slug of ['dossiers', 'dossier-events', 'commitments', 'organizations', 'members', 'progress-settings']) {
      expect(
        tagsForChange({ slug, operation: 'update', doc: { stage: 'approved' }, previousDoc: { stage: 'recommended' } }),
      ).toEqual([PROGRESS_TAG])
    }
  })

  it('sends index changes to the search tag and ignores what never shows publicly', () => {
    expect(tagsForChange({ slug: 'search-entries', operation: 'create', doc: {} })).toEqual([SEARCH_TAG])
    expect(tagsForChange({ slug: 'search-index-state', operation: 'update', doc: {} })).toEqual([SEARCH_TAG])
    for (const slug of ['users', 'dossier-files', 'inspections', 'disciplinary-actions']) {
      expect(tagsForChange({ slug, operation: 'update', doc: {}, previousDoc: {} })).toEqual([])
    }
  })

  it('invalidates globals shown on the site', () => {
    expect(tagsForChange({ slug: 'homepage', operation: 'update', doc: {}, previousDoc: {} })).toEqual(['homepage'])
    expect(tagsForChange({ slug: 'site-settings', operation: 'update', doc: {}, previousDoc: {} })).toEqual([
      'site-settings',
    ])
  })
})

describe('tagsForRead', () => {
  it('tags a populated read with what it brings along', () => {
    expect(tagsForRead('articles', 0)).toEqual(['articles'])
    expect(tagsForRead('articles', 1)).toEqual(
      expect.arrayContaining(['articles', 'media', 'categories', 'authors', 'series']),
    )
    expect(tagsForRead('homepage', 1)).toEqual(expect.arrayContaining(['homepage', 'articles', 'media']))
    expect(tagsForRead('dossiers', 0)).toEqual([PROGRESS_TAG])
  })
})
