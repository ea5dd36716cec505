import type { Payload } from 'payload'
import { startPayload, stopPayload } from '../support/payload'

let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
})
afterAll(() => stopPayload(payload))

// An editor and a translator saving one document at the same moment: each save rewrote the
// fields it had read before the other committed, so one of the two changes was lost.
it('two saves of one document at the same time both survive (editor: a relation; translator: the Spanish title)', async () => {
  const dialogue = await payload.create({ collection: 'dialogues', data: { title: `Parallel ${Date.now()}`, partnerCountry: { code: 'MX', name: 'Mexiko' } } })
  const areas = await Promise.all(
    [1, 2, 3, 4, 5].map((order) => payload.create({ collection: 'workplan-areas', data: { title: `Bereich ${order} ${Date.now()}`, dialogue: dialogue.id, order } })),
  )
  const topic = await payload.create({ collection: 'topics', locale: 'de', data: { title: `Gleichzeitig ${Date.now()}` } })
  for (const [round, area] of areas.entries()) {
    const spanish = `Al mismo tiempo ${round} ${Date.now()}`
    await Promise.all([
      payload.update({ collection: 'topics', id: topic.id, locale: 'de', data: { areas: [area.id] } }),
      payload.update({ collection: 'topics', id: topic.id, locale: 'es', data: { title: spanish } }),
    ])
    const saved = await payload.findByID({ collection: 'topics', id: topic.id, locale: 'es', fallbackLocale: false, depth: 0 })
    expect({ round, areas: saved.areas, title: saved.title }).toEqual({ round, areas: [area.id], title: spanish })
  }
})
