import { randomBytes } from 'node:crypto'
import type { Locale } from '@/i18n/locales'
import { listSitemapEntries } from '@/lib/content/queries/sitemap'
import { findPublishedLocales } from '@/lib/content/queries/slugs'
import { findStakeholderPage, listStakeholders } from '@/lib/content/queries/stakeholders'
import { findTopicPage, listTopics } from '@/lib/content/queries/topics'
import { attempt } from '../support/attempt'
import { as, editor, payload, translatorEs, withStaff } from './staff'

withStaff()

// Topics and institutions publish each locale on its own, as dialogues, sessions and pages do
// (./perLocalePublishing.test.ts): the same rules, for the two collections that had no drafts.
type Collection = 'topics' | 'stakeholders'

const kinds: { collection: Collection; title: 'title' | 'name'; german: (tag: string) => Record<string, unknown> }[] = [
  { collection: 'topics', title: 'title', german: (tag) => ({ title: `Thema ${tag}` }) },
  { collection: 'stakeholders', title: 'name', german: (tag) => ({ name: `Amt ${tag}`, country: 'DE', sector: 'government' }) },
]

describe.each(kinds)('$collection', ({ collection, title, german }) => {
  // What a reader (no login) gets in one locale, without Payload's fallback to German.
  const publicTitle = async (id: number, locale: Locale) => {
    const found = await payload.find({ collection, where: { id: { equals: id } }, locale, fallbackLocale: false, overrideAccess: false, depth: 0 })
    return ((found.docs[0] as unknown as Record<string, unknown> | undefined)?.[title] as string | undefined) ?? null
  }
  const statusIn = async (id: number, locale: Locale) => (await payload.findByID({ collection, id, locale, draft: true, depth: 0 }))._status

  async function publishedInGerman() {
    const tag = randomBytes(3).toString('hex')
    const doc = await payload.create({ collection, locale: 'de', data: { ...german(tag), _status: 'published' } as never, ...as(editor) })
    return { id: doc.id, tag }
  }
  const spanishDraft = (id: number, tag: string, extra: Record<string, unknown> = {}) =>
    payload.update({ collection, id, locale: 'es', draft: true, data: { [title]: `Español ${tag}`, ...extra } as never, ...as(translatorEs) })

  it('the public cannot read a draft', async () => {
    const tag = randomBytes(3).toString('hex')
    const doc = await payload.create({ collection, locale: 'de', data: { ...german(tag), _status: 'draft' } as never, ...as(editor) })
    expect(await publicTitle(doc.id, 'de')).toBeNull()
    expect(await attempt(() => payload.findByID({ collection, id: doc.id, locale: 'de', overrideAccess: false }))).not.toBe('ok')
    expect(await payload.count({ collection, where: { id: { equals: doc.id } }, overrideAccess: false })).toEqual({ totalDocs: 0 })
    // Staff see it.
    expect((await payload.findByID({ collection, id: doc.id, locale: 'de', draft: true, ...as(editor) }))[title as never]).toBe(`${german(tag)[title]}`)
  })

  it('publishing German leaves a pending Spanish draft unpublished', async () => {
    const { id, tag } = await publishedInGerman()
    await spanishDraft(id, tag, { readyForReview: true })
    await payload.update({ collection, id, locale: 'de', data: { [title]: `Korrigiert ${tag}`, _status: 'published' } as never, ...as(editor) })

    expect(await publicTitle(id, 'de')).toBe(`Korrigiert ${tag}`)
    expect(await publicTitle(id, 'es')).toBeNull()
    expect(await statusIn(id, 'es')).toBe('draft')
    const draft = await payload.findByID({ collection, id, locale: 'es', draft: true, fallbackLocale: false, ...as(translatorEs) })
    expect(draft[title as never]).toBe(`Español ${tag}`)
    expect(draft.readyForReview).toBe(true)
  })

  it('an editor publishes Spanish alone: German stays as it was published', async () => {
    const { id, tag } = await publishedInGerman()
    await payload.update({ collection, id, locale: 'de', draft: true, data: { [title]: `Entwurf ${tag}` } as never, ...as(editor) })
    await spanishDraft(id, tag)
    await payload.update({ collection, id, locale: 'es', data: { _status: 'published' } as never, ...as(editor) })

    expect(await publicTitle(id, 'es')).toBe(`Español ${tag}`)
    expect(await publicTitle(id, 'de')).toBe(`${german(tag)[title]}`)
    expect(await statusIn(id, 'es')).toBe('published')
    expect(await findPublishedLocales(payload, collection, id)).toEqual(['de', 'es'])
  })

  it('unpublishing one locale leaves the others published', async () => {
    const { id, tag } = await publishedInGerman()
    await spanishDraft(id, tag)
    await payload.update({ collection, id, locale: 'es', data: { _status: 'published' } as never, ...as(editor) })
    expect(await publicTitle(id, 'es')).toBe(`Español ${tag}`)

    await payload.update({ collection, id, locale: 'es', data: { _status: 'draft' } as never, ...as(editor) })
    expect(await publicTitle(id, 'es')).toBeNull()
    expect(await publicTitle(id, 'de')).toBe(`${german(tag)[title]}`)
    expect(await statusIn(id, 'de')).toBe('published')
  })

  it('a translator saves their locale as a draft but cannot publish it', async () => {
    const { id, tag } = await publishedInGerman()
    const publish = () =>
      payload.update({ collection, id, locale: 'es', data: { [title]: `Español ${tag}`, _status: 'published' } as never, ...as(translatorEs) })
    expect(await attempt(publish)).toBe('refused')
    expect(await publicTitle(id, 'es')).toBeNull()
  })

  it('reader pages, lists, hreflang and the sitemap follow each locale’s state', async () => {
    const { id, tag } = await publishedInGerman()
    await spanishDraft(id, tag)
    const page = async () => {
      const found = collection === 'topics' ? await findTopicPage(payload, 'es', id) : await findStakeholderPage(payload, 'es', id)
      return found && { title: (collection === 'topics' ? (found as { topic: { title: string } }).topic.title : (found as { stakeholder: { name: string } }).stakeholder.name), untranslated: found.untranslated }
    }
    const listed = async () => {
      const list = collection === 'topics' ? await listTopics(payload, 'es') : await listStakeholders(payload, 'es')
      return list.find((doc) => doc.id === id)
    }
    const sitemap = async () => (await listSitemapEntries(payload)).find((entry) => entry.collection === collection && entry.slugs.de?.endsWith(tag))

    expect(await page()).toEqual({ title: `${german(tag)[title]}`, untranslated: expect.arrayContaining([title]) })
    expect((await listed())?.untranslated).toEqual([title])
    expect(await findPublishedLocales(payload, collection, id)).toEqual(['de'])
    expect((await sitemap())?.published).toEqual(['de'])

    await payload.update({ collection, id, locale: 'es', data: { _status: 'published' } as never, ...as(editor) })
    expect((await page())?.title).toBe(`Español ${tag}`)
    expect((await page())?.untranslated).not.toContain(title)
    expect((await listed())?.untranslated ?? []).not.toContain(title)
    expect((await sitemap())?.published).toEqual(['de', 'es'])
  })
})

// The admin's edit view and the preview read a dialogue's draft with its join fields, and a
// workplan area's join lists topics — drafts now. Sorted by their localized title, Payload 3.90
// wrote SQL that PostgreSQL refuses (payloadcms/payload#15248): the dialogue's edit form and its
// preview broke once it had a workplan area.
it('a dialogue’s draft reads with its workplan areas and their topics, in every locale', async () => {
  const tag = randomBytes(3).toString('hex')
  const german = { title: `Dialog ${tag}`, summary: 'Kurzfassung', partnerCountry: { code: 'MX', name: 'Mexiko' }, _status: 'published' }
  const dialogue = await payload.create({ collection: 'dialogues', locale: 'de', data: german as never, ...as(editor) })
  const area = await payload.create({ collection: 'workplan-areas', locale: 'de', data: { title: `Bereich ${tag}`, dialogue: dialogue.id, order: 1 } as never, ...as(editor) })
  const topic = await payload.create({ collection: 'topics', locale: 'de', data: { title: `Thema ${tag}`, areas: [area.id], _status: 'published' } as never, ...as(editor) })
  for (const locale of ['de', 'es', 'en'] as const) {
    const draft = await payload.findByID({ collection: 'dialogues', id: dialogue.id, locale, draft: true, depth: 1, ...as(editor) })
    const areas = (draft.workplanAreas?.docs ?? []) as { id: number; topics?: { docs?: unknown[] } }[]
    expect(areas.map((doc) => doc.id)).toEqual([area.id])
    expect((areas[0].topics?.docs ?? []).map((doc) => (typeof doc === 'object' ? (doc as { id: number }).id : doc))).toEqual([topic.id])
  }
})
