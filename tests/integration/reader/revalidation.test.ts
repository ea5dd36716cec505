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
const { smallSite } = await import('./site')

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
  const topic = await payload.create({ collection: 'topics', context: quiet, data: { _status: 'published', title: `Thema ${suffix()}`, areas: [area.id] } })
  return { dialogue, area, topic }
}

describe('a change expires exactly the pages that show it, in every locale', () => {
  it('renaming a topic expires its page, its old and new address in every locale, and the dialogue page listing it', async () => {
    const { dialogue, topic } = await dialogueWithTopic()
    const renamed = await payload.update({ collection: 'topics', id: topic.id, locale: 'de', data: { _status: 'published', title: 'Neu', slug: `neu-${suffix()}` } })
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
    const stakeholder = await payload.create({ collection: 'stakeholders', context: quiet, data: { _status: 'published', name: `Amt ${suffix()}`, country: 'DE', sector: 'government' } })
    const dialogue = await payload.create({
      collection: 'dialogues',
      context: quiet,
      data: { title: `Dialog ${suffix()}`, partnerCountry: { code: 'MX', name: 'Mexiko' }, partnerInstitutions: [stakeholder.id], _status: 'published' },
    })
    await payload.update({ collection: 'stakeholders', id: stakeholder.id, locale: 'es', data: { _status: 'published', name: 'Oficina' } })
    expect(expired).toEqual(expect.arrayContaining([tags.document('stakeholders', stakeholder.id), tags.document('dialogues', dialogue.id)]))
  })

  it('editing the footer expires every page (they all carry it)', async () => {
    await payload.updateGlobal({ slug: 'footer', locale: 'de', data: { note: `Stand ${suffix()}` } })
    expect(expired).toContain(tags.global('footer'))
  })

  it('a Spanish alt text edit of a picture expires every page that shows it: as hero image, logo, document and Spanish meta image', async () => {
    const site = await smallSite(payload)
    const shared = site.hero
    // One picture in every place a page shows one.
    await payload.update({ collection: 'stakeholders', id: site.stakeholder.id, context: quiet, data: { _status: 'published', logo: shared.id } })
    await payload.update({ collection: 'sessions', id: site.session.id, context: quiet, data: { documents: [shared.id] } })
    await payload.update({ collection: 'topics', id: site.topic.id, locale: 'es', context: quiet, data: { _status: 'published', meta: { image: shared.id } } })
    await payload.update({ collection: 'media', id: shared.id, locale: 'es', data: { alt: 'Degradado azul' } })
    expect(expired).toEqual(
      expect.arrayContaining([
        tags.document('media', shared.id),
        tags.document('dialogues', site.dialogue.id),
        tags.document('stakeholders', site.stakeholder.id),
        tags.document('sessions', site.session.id),
        tags.document('topics', site.topic.id),
      ]),
    )
    expect(expired).not.toContain(tags.document('pages', site.page.id))
  })

  it("a topic's change reaches the dialogue page through the topic's workplan area", async () => {
    const site = await smallSite(payload)
    await payload.update({ collection: 'topics', id: site.topic.id, locale: 'es', data: { _status: 'published', title: 'Gobernanza de internet' } })
    expect(expired).toEqual(expect.arrayContaining([tags.document('dialogues', site.dialogue.id), tags.document('sessions', site.session.id)]))
  })

  it('a translator saving an interface string expires the pages of that language only', async () => {
    const site = await smallSite(payload)
    await payload.update({ collection: 'interface-strings', id: site.string.id, locale: 'es', data: { value: 'Hola de nuevo' } })
    expect(expired).toContain(tags.list('interface-strings', 'es'))
    expect(expired).not.toContain(tags.list('interface-strings', 'de'))
  })

  it('renaming a page expires the footer that links it', async () => {
    const site = await smallSite(payload)
    await payload.update({ collection: 'pages', id: site.page.id, locale: 'de', data: { slug: `umbenannt-${suffix()}` } })
    expect(expired).toEqual(expect.arrayContaining([tags.global('footer'), tags.slug('pages', 'en', site.page.slug!)]))
  })

  it('seeds and tests that ask for no revalidation expire nothing', async () => {
    await dialogueWithTopic()
    expect(expired).toEqual([])
  })
})
