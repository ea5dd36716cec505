import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import { fallbackLang } from '@/lib/content/untranslatedPaths'
import { findDialoguePage, listDialogues } from '@/lib/content/queries/dialogues'
import { findSessionPage, listSessions } from '@/lib/content/queries/sessions'
import { findTopicPage } from '@/lib/content/queries/topics'
import { startPayload, stopPayload } from '../support/payload'

let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
})
afterAll(() => stopPayload(payload))

const unique = () => randomBytes(4).toString('hex')
const quiet = { disableRevalidate: true }

// A dialogue translated into Spanish, with one area, topic and partner translated and one of
// each left in German.
async function world() {
  const translatedPartner = await payload.create({ collection: 'stakeholders', locale: 'de', context: quiet, data: { _status: 'published', name: `Ministerium ${unique()}`, country: 'DE', sector: 'government' } })
  await payload.update({ collection: 'stakeholders', id: translatedPartner.id, locale: 'es', context: quiet, data: { _status: 'published', name: `Ministerio ${unique()}` } })
  const germanPartner = await payload.create({ collection: 'stakeholders', locale: 'de', context: quiet, data: { _status: 'published', name: `Verband ${unique()}`, country: 'DE', sector: 'business' } })
  const dialogue = await payload.create({
    collection: 'dialogues',
    locale: 'de',
    context: quiet,
    data: { title: `Dialog ${unique()}`, partnerCountry: { code: 'MX', name: 'Mexiko' }, partnerInstitutions: [translatedPartner.id, germanPartner.id], _status: 'published' },
  })
  await payload.update({ collection: 'dialogues', id: dialogue.id, locale: 'es', context: quiet, data: { title: `Diálogo ${unique()}`, partnerCountry: { code: 'MX', name: 'México' }, _status: 'published' } })
  const translatedArea = await payload.create({ collection: 'workplan-areas', locale: 'de', context: quiet, data: { title: `Bereich A ${unique()}`, description: 'Beschreibung', dialogue: dialogue.id, order: 1 } })
  await payload.update({ collection: 'workplan-areas', id: translatedArea.id, locale: 'es', context: quiet, data: { title: `Área A ${unique()}` } })
  const germanArea = await payload.create({ collection: 'workplan-areas', locale: 'de', context: quiet, data: { title: `Bereich B ${unique()}`, dialogue: dialogue.id, order: 2 } })
  const translatedTopic = await payload.create({ collection: 'topics', locale: 'de', context: quiet, data: { _status: 'published', title: `Thema A ${unique()}`, areas: [translatedArea.id] } })
  await payload.update({ collection: 'topics', id: translatedTopic.id, locale: 'es', context: quiet, data: { _status: 'published', title: `Tema A ${unique()}` } })
  const germanTopic = await payload.create({ collection: 'topics', locale: 'de', context: quiet, data: { _status: 'published', title: `Thema B ${unique()}`, areas: [germanArea.id] } })
  const session = await payload.create({
    collection: 'sessions',
    locale: 'de',
    context: quiet,
    data: {
      title: `Sitzung ${unique()}`, dialogue: dialogue.id, kind: 'workshop', format: 'online', startsAt: '2026-06-01T10:00:00.000Z', startsAt_tz: 'Europe/Berlin' as const,
      topics: [translatedTopic.id, germanTopic.id], stakeholders: [translatedPartner.id, germanPartner.id], _status: 'published',
    },
  })
  await payload.update({ collection: 'sessions', id: session.id, locale: 'es', context: quiet, data: { title: `Sesión ${unique()}`, _status: 'published' } })
  return { dialogue, translatedArea, germanArea, translatedTopic, germanTopic, translatedPartner, germanPartner, session }
}

const langOf = (items: { id: number; untranslated: string[] }[], id: number, field: string) =>
  fallbackLang(items.find((item) => item.id === id)?.untranslated ?? ['missing item'], field)

describe('names of related documents shown in German for want of a translation', () => {
  it('on the dialogue page, areas, their topics and partners are marked lang="de" one by one', async () => {
    const w = await world()
    const page = await findDialoguePage(payload, 'es', w.dialogue.id)
    const areas = page!.areas
    expect(langOf(areas, w.translatedArea.id, 'title')).toBeUndefined()
    expect(langOf(areas, w.translatedArea.id, 'description')).toBe('de')
    expect(langOf(areas, w.germanArea.id, 'title')).toBe('de')
    const topics = areas.flatMap((area) => area.topics)
    expect(langOf(topics, w.translatedTopic.id, 'title')).toBeUndefined()
    expect(langOf(topics, w.germanTopic.id, 'title')).toBe('de')
    expect(langOf(page!.partners, w.translatedPartner.id, 'name')).toBeUndefined()
    expect(langOf(page!.partners, w.germanPartner.id, 'name')).toBe('de')
  })

  it('on a session page, its topics and stakeholders are marked, its translated dialogue is not', async () => {
    const w = await world()
    const page = await findSessionPage(payload, 'es', w.session.id)
    expect(page!.dialogue?.untranslated).toEqual([])
    expect(langOf(page!.topics, w.germanTopic.id, 'title')).toBe('de')
    expect(langOf(page!.topics, w.translatedTopic.id, 'title')).toBeUndefined()
    expect(langOf(page!.stakeholders, w.germanPartner.id, 'name')).toBe('de')
  })

  it('on a topic page, an untranslated area is marked; in German nothing is', async () => {
    const w = await world()
    expect(langOf((await findTopicPage(payload, 'es', w.germanTopic.id))!.areas, w.germanArea.id, 'title')).toBe('de')
    expect(langOf((await findTopicPage(payload, 'de', w.germanTopic.id))!.areas, w.germanArea.id, 'title')).toBeUndefined()
  })

  it("in lists, the home page's dialogues and a dialogue's sessions are marked one by one", async () => {
    const w = await world()
    const germanSession = await payload.create({
      collection: 'sessions',
      locale: 'de',
      context: quiet,
      data: {
        title: `Nur deutsch ${unique()}`, summary: 'Kurzfassung', dialogue: w.dialogue.id, kind: 'workshop', format: 'online',
        startsAt: '2026-07-01T10:00:00.000Z', startsAt_tz: 'Europe/Berlin' as const, _status: 'published',
      },
    })
    const sessions = await listSessions(payload, 'es', w.dialogue.id)
    expect(langOf(sessions, w.session.id, 'title')).toBeUndefined()
    expect(langOf(sessions, germanSession.id, 'title')).toBe('de')
    expect(langOf(sessions, germanSession.id, 'summary')).toBe('de')

    const germanDialogue = await payload.create({
      collection: 'dialogues',
      locale: 'de',
      context: quiet,
      data: { title: `Nur deutsch ${unique()}`, partnerCountry: { code: 'BR', name: 'Brasilien' }, _status: 'published' },
    })
    const dialogues = await listDialogues(payload, 'es')
    expect(langOf(dialogues, w.dialogue.id, 'title')).toBeUndefined()
    expect(langOf(dialogues, germanDialogue.id, 'title')).toBe('de')
  })
})
