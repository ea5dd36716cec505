import { randomBytes } from 'node:crypto'
import type { Locale } from '@/i18n/locales'
import { findDialoguePage, listDialogues } from '@/lib/content/queries/dialogues'
import { listSitemapEntries } from '@/lib/content/queries/sitemap'
import { findPublishedLocales } from '@/lib/content/queries/slugs'
import { pageMetadata } from '@/lib/seo/pageMetadata'
import { attempt } from '../support/attempt'
import { as, editor, payload, translatorEs, withStaff } from './staff'

withStaff()

// What a reader (no login) gets in one locale, without Payload's fallback to German.
const publicTitle = async (id: number, locale: Locale) => {
  const found = await payload.find({
    collection: 'dialogues',
    where: { id: { equals: id } },
    locale,
    fallbackLocale: false,
    overrideAccess: false,
    depth: 0,
  })
  return (found.docs[0] as { title?: string | null } | undefined)?.title ?? null
}

const statusIn = async (id: number, locale: Locale) =>
  (await payload.findByID({ collection: 'dialogues', id, locale, draft: true, depth: 0 }))._status

async function germanDialogue() {
  const tag = randomBytes(3).toString('hex')
  const doc = await payload.create({
    collection: 'dialogues',
    locale: 'de',
    data: { title: `Dialog ${tag}`, partnerCountry: { code: 'MX', name: 'Mexiko' }, _status: 'published' },
    ...as(editor),
  })
  return { id: doc.id, tag }
}

it('publishing German leaves a pending Spanish draft unpublished', async () => {
  const { id, tag } = await germanDialogue()
  await payload.update({ collection: 'dialogues', id, locale: 'es', draft: true, data: { title: `Diálogo ${tag}`, partnerCountry: { name: 'México' } }, ...as(translatorEs) })
  await payload.update({ collection: 'dialogues', id, locale: 'de', data: { title: `Dialog ${tag} korrigiert`, _status: 'published' }, ...as(editor) })

  expect(await publicTitle(id, 'de')).toBe(`Dialog ${tag} korrigiert`)
  expect(await publicTitle(id, 'es')).toBeNull()
  expect(await statusIn(id, 'es')).toBe('draft')
  expect(await statusIn(id, 'de')).toBe('published')
  // The Spanish draft is still there for the translator.
  const draft = await payload.findByID({ collection: 'dialogues', id, locale: 'es', draft: true, fallbackLocale: false, ...as(translatorEs) })
  expect(draft.title).toBe(`Diálogo ${tag}`)
})

it('an editor publishes Spanish alone: German stays as it was published', async () => {
  const { id, tag } = await germanDialogue()
  await payload.update({ collection: 'dialogues', id, locale: 'de', draft: true, data: { title: `Dialog ${tag} Entwurf` }, ...as(editor) })
  await payload.update({ collection: 'dialogues', id, locale: 'es', draft: true, data: { title: `Diálogo ${tag}`, partnerCountry: { name: 'México' } }, ...as(translatorEs) })
  await payload.update({ collection: 'dialogues', id, locale: 'es', data: { _status: 'published' }, ...as(editor) })

  expect(await publicTitle(id, 'es')).toBe(`Diálogo ${tag}`)
  expect(await publicTitle(id, 'de')).toBe(`Dialog ${tag}`)
  expect(await statusIn(id, 'es')).toBe('published')
})

it('unpublishing one locale leaves the others published', async () => {
  const { id, tag } = await germanDialogue()
  await payload.update({ collection: 'dialogues', id, locale: 'es', draft: true, data: { title: `Diálogo ${tag}`, partnerCountry: { name: 'México' } }, ...as(translatorEs) })
  await payload.update({ collection: 'dialogues', id, locale: 'es', data: { _status: 'published' }, ...as(editor) })
  expect(await publicTitle(id, 'es')).toBe(`Diálogo ${tag}`)

  await payload.update({ collection: 'dialogues', id, locale: 'es', data: { _status: 'draft' }, ...as(editor) })
  expect(await publicTitle(id, 'es')).toBeNull()
  expect(await publicTitle(id, 'de')).toBe(`Dialog ${tag}`)
  expect(await statusIn(id, 'de')).toBe('published')
})

it('a translator still cannot publish their own locale', async () => {
  const { id, tag } = await germanDialogue()
  const publish = () =>
    payload.update({ collection: 'dialogues', id, locale: 'es', data: { title: `Diálogo ${tag}`, _status: 'published' }, ...as(translatorEs) })
  expect(await attempt(publish)).toBe('refused')
  expect(await publicTitle(id, 'es')).toBeNull()
})

describe('the reader site follows each locale’s state', () => {
  it('a locale not published shows the German text, marked; hreflang and the sitemap leave it out', async () => {
    const { id, tag } = await germanDialogue()
    await payload.update({ collection: 'dialogues', id, locale: 'es', draft: true, data: { title: `Diálogo ${tag}`, partnerCountry: { name: 'México' } }, ...as(translatorEs) })

    const page = await findDialoguePage(payload, 'es', id)
    expect(page?.dialogue.title).toBe(`Dialog ${tag}`)
    expect(page?.untranslated).toEqual(expect.arrayContaining(['title', 'partnerCountry.name']))
    expect((await listDialogues(payload, 'es')).find((d) => d.id === id)?.untranslated).toEqual(['title'])
    expect(await findPublishedLocales(payload, 'dialogues', id)).toEqual(['de'])
    const entry = (await listSitemapEntries(payload)).find((e) => e.collection === 'dialogues' && e.slugs.de === `dialog-${tag}`)
    expect(entry?.published).toEqual(['de'])

    await payload.update({ collection: 'dialogues', id, locale: 'es', data: { _status: 'published' }, ...as(editor) })
    const translated = await findDialoguePage(payload, 'es', id)
    expect(translated?.dialogue.title).toBe(`Diálogo ${tag}`)
    expect(translated?.untranslated).not.toContain('title')
    expect(await findPublishedLocales(payload, 'dialogues', id)).toEqual(['de', 'es'])
    expect(pageMetadata({ locale: 'es', title: 't', paths: { de: '/de/x', es: '/es/y', en: '/en/x' }, published: ['de', 'es'], siteName: 's' }).alternates?.languages).toEqual({
      de: expect.stringMatching(/\/de\/x$/),
      es: expect.stringMatching(/\/es\/y$/),
      'x-default': expect.stringMatching(/\/de\/x$/),
    })
  })
})
