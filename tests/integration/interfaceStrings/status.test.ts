import type { Payload } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { initI18n } from '@payloadcms/translations'
import { TranslationStatusPanel } from '@/components/admin/TranslationStatusPanel'
import { translationStatus } from '@/i18n/strings/translationStatus'
import { startPayload, stopPayload } from '../support/payload'
import { createUser } from '../support/users'
import { createString } from './support'

let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
})
afterAll(() => stopPayload(payload))

const statusOf = async (locale: 'de' | 'es' | 'en') => (await translationStatus(payload)).find((row) => row.locale === locale)!

describe('translation status (dashboard panel and npm run i18n:status)', () => {
  it('counts a German-only document as missing in es and en, with the fields, until it is translated', async () => {
    const topic = await payload.create({
      collection: 'topics',
      locale: 'de',
      data: { title: `Nur deutsch ${Date.now()}`, description: 'Eine Beschreibung, die noch niemand übersetzt hat.' },
    })
    const before = await statusOf('es')
    expect(before.content.missing).toContainEqual({ collection: 'topics', id: topic.id, title: topic.title, fields: ['title', 'description'] })
    expect((await statusOf('de')).content.missing.find((doc) => doc.id === topic.id && doc.collection === 'topics')).toBeUndefined()

    await payload.update({ collection: 'topics', id: topic.id, locale: 'es', data: { title: 'Solo alemán', description: 'Una descripción.' } })
    const after = await statusOf('es')
    expect(after.content.missing.find((doc) => doc.id === topic.id && doc.collection === 'topics')).toBeUndefined()
    expect(after.content.translated - before.content.translated).toBe(2)
    expect((await statusOf('en')).content.missing.find((doc) => doc.id === topic.id && doc.collection === 'topics')?.fields).toEqual([
      'title',
      'description',
    ])
  })

  it('counts strings without a value or flagged for review as not translated', async () => {
    const doc = await createString(payload, 'Zum Kalender', { es: 'Al calendario' })
    const es = await statusOf('es')
    expect(es.strings.missing).not.toContain(doc.key)
    expect((await statusOf('en')).strings.missing).toContain(doc.key) // no English value

    await payload.update({ collection: 'interface-strings', id: doc.id, locale: 'de', data: { value: 'Zum Terminkalender' } })
    const flagged = await statusOf('es')
    expect(flagged.strings.missing).toContain(doc.key)
    expect(flagged.strings.needsReview).toBe(es.strings.needsReview + 1)
    expect(flagged.strings.translated).toBe(es.strings.translated - 1)
  })

  it('renders on the dashboard in the admin’s language, with links to what is missing', async () => {
    const topic = await payload.create({ collection: 'topics', locale: 'de', data: { title: `Panel ${Date.now()}` } })
    const user = await createUser(payload, 'editor')
    // The i18n Payload hands the dashboard: its tables with ours merged in (payload.config.ts).
    const i18n = await initI18n({ config: payload.config.i18n, language: 'es', context: 'api' })
    const element = await TranslationStatusPanel({ payload, i18n: i18n as never, user })
    const html = renderToStaticMarkup(element!)
    expect(html).toContain('<h2 id="translation-status">Estado de las traducciones</h2>')
    expect(html).toContain(`href="/admin/collections/topics/${topic.id}?locale=en"`)
    expect(html).toContain('href="/admin/collections/interface-strings?locale=en&amp;where[or][0][value][exists]=false')
    expect(await TranslationStatusPanel({ payload, i18n: i18n as never })).toBeNull()
  })
})
