import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import { startPayload, stopPayload } from './support/payload'

let payload: Payload
// Titles of their own, so slugs never meet another test file's documents.
const run = randomBytes(3).toString('hex')

beforeAll(async () => {
  payload = await startPayload()
})
afterAll(() => stopPayload(payload))

describe('a localized document', () => {
  it('is written and read back in de, es and en', async () => {
    const created = await payload.create({
      collection: 'topics',
      locale: 'de',
      data: { title: `Datenpolitik ${run}`, description: 'Regeln für Daten' },
    })
    await payload.update({ collection: 'topics', id: created.id, locale: 'es', data: { title: `Política de datos ${run}` } })
    await payload.update({ collection: 'topics', id: created.id, locale: 'en', data: { title: `Data policy ${run}` } })

    const read = async (locale: 'de' | 'es' | 'en') => payload.findByID({ collection: 'topics', id: created.id, locale })
    expect((await read('de')).title).toBe(`Datenpolitik ${run}`)
    expect((await read('es')).title).toBe(`Política de datos ${run}`)
    expect((await read('en')).title).toBe(`Data policy ${run}`)
    expect((await read('es')).slug).toBe(`politica-de-datos-${run}`)
  })

  it('falls back to German where a translation is missing, and says so when asked without fallback', async () => {
    const created = await payload.create({
      collection: 'topics',
      locale: 'de',
      data: { title: `Künstliche Intelligenz ${run}`, description: 'Nur auf Deutsch beschrieben' },
    })
    await payload.update({ collection: 'topics', id: created.id, locale: 'en', data: { title: `Artificial intelligence ${run}` } })

    const withFallback = await payload.findByID({ collection: 'topics', id: created.id, locale: 'en' })
    expect(withFallback.title).toBe(`Artificial intelligence ${run}`)
    expect(withFallback.description).toBe('Nur auf Deutsch beschrieben')

    const withoutFallback = await payload.findByID({
      collection: 'topics',
      id: created.id,
      locale: 'en',
      fallbackLocale: false,
    })
    expect(withoutFallback.description ?? null).toBeNull()
  })
})
