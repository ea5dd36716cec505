import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import { findDialoguePage } from '@/lib/content/queries/dialogues'
import { findTopicPage } from '@/lib/content/queries/topics'
import { visibleUntranslated } from '@/lib/content/untranslatedPaths'
import type { Locale } from '@/i18n/locales'
import { metadataOfDocument } from '@/lib/seo/documentPageMetadata'
import { attempt } from '../support/attempt'
import { startPayload, stopPayload } from '../support/payload'
import { createUser, type TestUser } from '../support/users'

let payload: Payload
let translator: TestUser
beforeAll(async () => {
  payload = await startPayload()
  translator = await createUser(payload, 'translator', ['es'])
})
afterAll(() => stopPayload(payload))

const unique = () => randomBytes(4).toString('hex')
const quiet = { disableRevalidate: true }

async function publishedDialogue() {
  const dialogue = await payload.create({
    collection: 'dialogues',
    locale: 'de',
    context: quiet,
    data: { title: `Meta-Dialog ${unique()}`, summary: 'Kurzfassung auf Deutsch', partnerCountry: { code: 'MX', name: 'Mexiko' }, _status: 'published' },
  })
  await payload.update({
    collection: 'dialogues',
    id: dialogue.id,
    locale: 'es',
    context: quiet,
    // Each locale is published on its own (collections/editorialVersions.ts).
    data: { title: `Diálogo meta ${unique()}`, summary: 'Resumen en español', partnerCountry: { code: 'MX', name: 'México' }, _status: 'published' },
  })
  return dialogue.id
}

// What the dialogue page's generateMetadata builds, minus Next's request context.
async function dialogueMetadata(locale: Locale, id: number) {
  const found = await findDialoguePage(payload, locale, id)
  if (!found) throw new Error('dialogue not found')
  const { dialogue, untranslated } = found
  return metadataOfDocument({
    locale,
    meta: dialogue.meta,
    title: dialogue.title,
    titlePath: 'title',
    description: dialogue.summary,
    descriptionPath: 'summary',
    untranslated,
    image: dialogue.heroImage,
    paths: {},
    siteName: 'Digitaldialoge',
  })
}

describe('meta title and description from the SEO fields', () => {
  it('set in Spanish, they title and describe the Spanish page (Open Graph too), and not the German one', async () => {
    const id = await publishedDialogue()
    const meta = { title: `Título SEO ${unique()}`, description: 'Descripción para buscadores.' }
    await payload.update({ collection: 'dialogues', id, locale: 'es', context: quiet, data: { meta, _status: 'published' } })

    const es = await dialogueMetadata('es', id)
    expect([es.title, es.description]).toEqual([meta.title, meta.description])
    expect(es.openGraph).toMatchObject({ title: meta.title, description: meta.description })

    const de = await dialogueMetadata('de', id)
    expect(de.title).toMatch(/^Meta-Dialog /)
    expect(de.description).toBe('Kurzfassung auf Deutsch')
    expect(de.openGraph).toMatchObject({ title: de.title, description: 'Kurzfassung auf Deutsch' })
  })

  it('set only in German, they do not put German into a translated Spanish page', async () => {
    const id = await publishedDialogue()
    await payload.update({
      collection: 'dialogues',
      id,
      locale: 'de',
      context: quiet,
      data: { meta: { title: 'Deutscher Suchtitel', description: 'Deutsche Beschreibung' }, _status: 'published' },
    })
    expect((await dialogueMetadata('de', id)).title).toBe('Deutscher Suchtitel')
    const es = await dialogueMetadata('es', id)
    expect(es.title).toMatch(/^Diálogo meta /)
    expect(es.description).toBe('Resumen en español')
  })

  it('a German meta title alone does not make the page announce a missing translation', async () => {
    const topic = await payload.create({ collection: 'topics', locale: 'de', context: quiet, data: { title: `Thema ${unique()}`, meta: { title: 'Nur deutsch' }, _status: 'published' } })
    await payload.update({ collection: 'topics', id: topic.id, locale: 'es', context: quiet, data: { title: `Tema ${unique()}`, _status: 'published' } })
    const page = await findTopicPage(payload, 'es', topic.id)
    expect(page?.untranslated).toContain('meta.title')
    expect(visibleUntranslated(page?.untranslated ?? [])).toEqual([])
  })
})

async function translatedTopic() {
  const topic = await payload.create({ collection: 'topics', locale: 'de', context: quiet, data: { title: `Thema ${unique()}`, _status: 'published' } })
  await payload.update({ collection: 'topics', id: topic.id, locale: 'es', context: quiet, data: { title: `Tema ${unique()}`, _status: 'published' } })
  return topic.id
}

describe('a translator for Spanish and the SEO fields', () => {

  it.each([
    ['a dialogue (saved as a draft)', 'dialogues'],
    ['a topic (saved as a draft)', 'topics'],
  ] as const)('may write the Spanish meta of %s, not the German one', async (_, collection) => {
    const id =
      collection === 'dialogues'
        ? await publishedDialogue()
        : await translatedTopic()
    const draft = true
    const write = (locale: Locale, title: string) =>
      attempt(() =>
        payload.update({ collection, id, locale, draft, context: quiet, data: { meta: { title, description: `${title}.` } }, user: translator, overrideAccess: false }),
      )

    expect(await write('es', 'Título traducido')).toBe('ok')
    expect(await write('de', 'Deutscher Titel')).toBe('refused')

    const es = await payload.findByID({ collection, id, locale: 'es', draft, fallbackLocale: false, depth: 0 })
    const de = await payload.findByID({ collection, id, locale: 'de', draft, fallbackLocale: false, depth: 0 })
    expect(es.meta?.title).toBe('Título traducido')
    expect(de.meta?.title ?? null).toBeNull()
  })
})
