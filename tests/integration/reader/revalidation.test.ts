import { jest } from '@jest/globals'
import type { Payload } from 'payload'

// Next's revalidateTag needs a running Next server; here it records what a save would expire.
const expired: string[] = []
jest.unstable_mockModule('next/cache', () => ({
  revalidateTag: (tag: string) => {
    expired.push(tag)
  },
}))
const { startPayload, stopPayload } = await import('../support/payload')
const { tags } = await import('@/lib/cache/tags')

let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
})
afterAll(() => stopPayload(payload))
beforeEach(() => {
  expired.length = 0
})

const quiet = { disableRevalidate: true }
const suffix = () => Math.random().toString(36).slice(2, 8)

async function dialogueWithTopic() {
  const dialogue = await payload.create({
    collection: 'dialogues',
    context: quiet,
    data: { title: `Dialog ${suffix()}`, partnerCountry: { code: 'MX', name: 'Mexiko' }, _status: 'published' },
  })
  const area = await payload.create({ collection: 'workplan-areas', context: quiet, data: { title: `Bereich ${suffix()}`, dialogue: dialogue.id, order: 1 } })
  const topic = await payload.create({ collection: 'topics', context: quiet, data: { title: `Thema ${suffix()}`, areas: [area.id] } })
  return { dialogue, area, topic }
}

describe('a change expires exactly the pages that show it, in every locale', () => {
  it('renaming a topic expires its page, its old and new address in every locale, and the dialogue page listing it', async () => {
    const { dialogue, topic } = await dialogueWithTopic()
    const renamed = await payload.update({ collection: 'topics', id: topic.id, locale: 'de', data: { title: 'Neu', slug: `neu-${suffix()}` } })
    expect(expired).toEqual(
      expect.arrayContaining([
        tags.document('topics', topic.id),
        tags.document('dialogues', dialogue.id),
        ...(['de', 'es', 'en'] as const).flatMap((locale) => [
          tags.slug('topics', locale, topic.slug!),
          tags.slug('topics', locale, renamed.slug!),
        ]),
      ]),
    )
    expect(expired).not.toContain(tags.document('dialogues', dialogue.id + 1000))
  })

  it('unpublishing a dialogue expires its address in every locale and the list of dialogues', async () => {
    const { dialogue } = await dialogueWithTopic()
    await payload.update({ collection: 'dialogues', id: dialogue.id, data: { _status: 'draft' } })
    expect(expired).toEqual(
      expect.arrayContaining([
        tags.document('dialogues', dialogue.id),
        tags.list('dialogues'),
        tags.slug('dialogues', 'es', dialogue.slug!),
      ]),
    )
  })

  it("a session's change expires its dialogue's session list, and deleting it does too", async () => {
    const { dialogue } = await dialogueWithTopic()
    const session = await payload.create({
      collection: 'sessions',
      data: { title: 'Workshop', dialogue: dialogue.id, kind: 'workshop', format: 'online', startsAt: '2026-06-01T10:00:00.000Z', startsAt_tz: 'Europe/Berlin', _status: 'published' },
    })
    expect(expired).toEqual(expect.arrayContaining([tags.document('dialogues', dialogue.id), tags.document('sessions', session.id)]))
    expired.length = 0
    await payload.delete({ collection: 'sessions', id: session.id })
    expect(expired).toEqual(expect.arrayContaining([tags.document('dialogues', dialogue.id), tags.slug('sessions', 'de', session.slug!)]))
  })

  it('renaming a stakeholder expires the dialogues that name it as partner', async () => {
    const stakeholder = await payload.create({ collection: 'stakeholders', context: quiet, data: { name: `Amt ${suffix()}`, country: 'DE', sector: 'government' } })
    const dialogue = await payload.create({
      collection: 'dialogues',
      context: quiet,
      data: { title: `Dialog ${suffix()}`, partnerCountry: { code: 'MX', name: 'Mexiko' }, partnerInstitutions: [stakeholder.id], _status: 'published' },
    })
    await payload.update({ collection: 'stakeholders', id: stakeholder.id, locale: 'es', data: { name: 'Oficina' } })
    expect(expired).toEqual(expect.arrayContaining([tags.document('stakeholders', stakeholder.id), tags.document('dialogues', dialogue.id)]))
  })

  it('editing the footer expires every page (they all carry it)', async () => {
    await payload.updateGlobal({ slug: 'footer', locale: 'de', data: { note: `Stand ${suffix()}` } })
    expect(expired).toContain(tags.global('footer'))
  })

  it('seeds and tests that ask for no revalidation expire nothing', async () => {
    await dialogueWithTopic()
    expect(expired).toEqual([])
  })
})
