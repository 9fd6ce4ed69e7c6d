import { describe, expect, it } from 'vitest'
import { api, dossierIn, eventsOf, indicatorIds, message } from '../helpers/dossiers'

const suggest = (who: Parameters<typeof api>[0], body: unknown) => api(who, 'POST', '/api/indicators/suggest', body)

async function indicatorId(code: string): Promise<string> {
  const r = await api('anonymous', 'GET', `/api/indicators?where[code][equals]=${code}&depth=0`)
  return String(r.json.docs[0].id)
}

describe('suggested indicators', () => {
  it('ranks the catalogue for each shortcoming sentence, with the matched words marked', async () => {
    const sentence = 'Sử dụng xe ô tô của cơ quan vào việc riêng, lãng phí tài sản công.'
    const res = await suggest('reviewer', { sentences: [sentence, 'Bản kiểm điểm cuối năm còn chung chung.'] })
    expect(res.status).toBe(200)
    const [first, second] = res.json.results
    expect(first.suggestions).toHaveLength(3)
    expect(first.suggestions[0].code).toBe('DD-04')
    expect(first.suggestions[0].segments.map((s: { text: string }) => s.text).join('')).toBe(sentence)
    expect(
      first.suggestions[0].segments
        .filter((s: { match: boolean }) => s.match)
        .map((s: { text: string }) => s.text)
        .join(' '),
    ).toContain('tài sản công')
    expect(second.suggestions[0].code).toBe('TT-07')
  })

  it('is for staff only, and answers bad requests in Vietnamese', async () => {
    expect((await suggest('anonymous', { sentences: ['a'] })).status).toBe(401)
    const notList = await suggest('reviewer', { sentences: 'một câu' })
    expect(notList.status).toBe(400)
    expect(message(notList)).toContain('danh sách')
    expect((await suggest('reviewer', '{"sentences": [')).status).toBe(400)
    expect((await suggest('reviewer', { sentences: Array(101).fill('câu') })).status).toBe(413)
  })

  it('sees a catalogue change at once', async () => {
    const code = `DD-04.${String(Date.now()).slice(-2)}`
    const created = await api('admin', 'POST', '/api/indicators', {
      code,
      title: 'Dùng máy phát điện của trạm bơm thủy lợi vào việc riêng',
      group: (await api('anonymous', 'GET', `/api/indicators/${await indicatorId('DD-04')}?depth=0`)).json.group,
      parent: await indicatorId('DD-04'),
    })
    expect(created.status).toBe(201)
    const res = await suggest('reviewer', { sentences: ['Mang máy phát điện của trạm bơm thủy lợi về dùng riêng.'] })
    expect(res.json.results[0].suggestions[0].code).toBe(code)
    expect((await api('admin', 'DELETE', `/api/indicators/${created.json.doc.id}`)).status).toBe(200)
    const after = await suggest('reviewer', { sentences: ['Mang máy phát điện của trạm bơm thủy lợi về dùng riêng.'] })
    expect(after.json.results[0].suggestions.map((s: { code: string }) => s.code)).not.toContain(code)
  })
})

describe('the reviewer answers a suggestion', () => {
  async function submittedDossier() {
    const ind = await indicatorIds(1)
    const { id } = await dossierIn('submitted', {
      content: {
        identified: [{ indicator: ind[0], note: 'Có biểu hiện' }],
        planItems: [{ measure: 'Biện pháp 1', indicators: [ind[0]] }],
        shortcomings: [
          {
            source: 'Phiếu kết luận số 3',
            text: 'Sử dụng xe ô tô của cơ quan vào việc riêng, lãng phí tài sản công.',
            indicators: [ind[0]],
          },
          {
            source: 'Phiếu kết luận số 3',
            text: 'Bản kiểm điểm cuối năm còn chung chung, che giấu khuyết điểm.',
            indicators: [ind[0]],
          },
        ],
      },
    })
    const doc = (await api('reviewer', 'GET', `/api/dossiers/${id}?depth=0`)).json
    return { id, rows: doc.shortcomings.map((s: { id: string }) => s.id) as string[], first: ind[0] }
  }

  it('accepting maps the shortcoming to the indicator and writes the history; dismissing is kept', async () => {
    const { id, rows, first } = await submittedDossier()
    const dd04 = await indicatorId('DD-04')
    const eventsBefore = (await eventsOf(id)).length

    const officer = await api('org-officer', 'POST', `/api/dossiers/${id}/suggestions`, {
      shortcoming: rows[0],
      indicator: dd04,
      decision: 'accept',
    })
    expect(officer.status).toBe(403)

    const accepted = await api('reviewer', 'POST', `/api/dossiers/${id}/suggestions`, {
      shortcoming: rows[0],
      indicator: dd04,
      decision: 'accept',
    })
    expect(accepted.status).toBe(200)
    expect(accepted.json.message).toContain('DD-04')
    expect(accepted.json.message).toContain('chưa nhận diện')

    const doc = (await api('reviewer', 'GET', `/api/dossiers/${id}?depth=0`)).json
    expect(doc.stage).toBe('submitted')
    expect(doc.shortcomings[0].indicators).toEqual([first, dd04])
    expect(doc.shortcomings[1].indicators).toEqual([first])

    const again = await api('reviewer', 'POST', `/api/dossiers/${id}/suggestions`, {
      shortcoming: rows[0],
      indicator: dd04,
      decision: 'dismiss',
    })
    expect(again.status).toBe(409)

    const tt07 = await indicatorId('TT-07')
    const dismissed = await api('reviewer', 'POST', `/api/dossiers/${id}/suggestions`, {
      shortcoming: rows[1],
      indicator: tt07,
      decision: 'dismiss',
    })
    expect(dismissed.status).toBe(200)
    const after = (await api('reviewer', 'GET', `/api/dossiers/${id}?depth=0`)).json
    expect(after.shortcomings[1].indicators).toEqual([first])
    expect(
      after.suggestionDecisions.map((d: { decision: string; indicator: string }) => `${d.decision}:${d.indicator}`),
    ).toEqual([`accept:${dd04}`, `dismiss:${tt07}`])

    const events = await eventsOf(id)
    expect(events.length).toBe(eventsBefore + 2)
    expect(events.slice(-2).map((e) => e.action)).toEqual(['accept-suggestion', 'dismiss-suggestion'])
    expect(events[events.length - 2].note).toContain('DD-04')
    expect(events[events.length - 2].fromStage).toBe('submitted')
    expect(events[events.length - 2].toStage).toBe('submitted')
  })

  it('refuses what was not suggested, unknown rows, and dossiers outside review', async () => {
    const { id, rows } = await submittedDossier()
    const unrelated = await indicatorId('TDB-09')
    const notOffered = await api('reviewer', 'POST', `/api/dossiers/${id}/suggestions`, {
      shortcoming: rows[0],
      indicator: unrelated,
      decision: 'accept',
    })
    expect(notOffered.status).toBe(409)
    const unknownRow = await api('reviewer', 'POST', `/api/dossiers/${id}/suggestions`, {
      shortcoming: 'x',
      indicator: unrelated,
      decision: 'accept',
    })
    expect(unknownRow.status).toBe(404)
    const badDecision = await api('reviewer', 'POST', `/api/dossiers/${id}/suggestions`, {
      shortcoming: rows[0],
      indicator: unrelated,
      decision: 'maybe',
    })
    expect(badDecision.status).toBe(400)

    const draft = await dossierIn('draft')
    const draftDoc = (await api('org-officer', 'GET', `/api/dossiers/${draft.id}?depth=0`)).json
    const inDraft = await api('reviewer', 'POST', `/api/dossiers/${draft.id}/suggestions`, {
      shortcoming: draftDoc.shortcomings[0].id,
      indicator: unrelated,
      decision: 'dismiss',
    })
    expect(inDraft.status).toBe(409)
  })

  it('cannot be forged through the form: the officer cannot write answers', async () => {
    const draft = await dossierIn('draft')
    const res = await api('org-officer', 'PATCH', `/api/dossiers/${draft.id}`, {
      suggestionDecisions: [{ shortcoming: 'x', indicator: (await indicatorIds(1))[0], decision: 'dismiss' }],
    })
    const doc = (await api('admin', 'GET', `/api/dossiers/${draft.id}?depth=0`)).json
    expect(res.status).toBeLessThan(500)
    expect(doc.suggestionDecisions ?? []).toEqual([])
  })
})
