import type { Payload } from 'payload'
import { startPayload, stopPayload } from './support/payload'

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
})
afterAll(() => stopPayload(payload))

describe('a localized document', () => {
  it('is written and read back in de, es and en', async () => {
    const created = await payload.create({
      collection: 'topics',
      locale: 'de',
      data: { title: 'Datenpolitik', description: 'Regeln für Daten' },
    })
    await payload.update({ collection: 'topics', id: created.id, locale: 'es', data: { title: 'Política de datos' } })
    await payload.update({ collection: 'topics', id: created.id, locale: 'en', data: { title: 'Data policy' } })

    const read = async (locale: 'de' | 'es' | 'en') => payload.findByID({ collection: 'topics', id: created.id, locale })
    expect((await read('de')).title).toBe('Datenpolitik')
    expect((await read('es')).title).toBe('Política de datos')
    expect((await read('en')).title).toBe('Data policy')
    expect((await read('es')).slug).toBe('politica-de-datos')
  })

  it('falls back to German where a translation is missing, and says so when asked without fallback', async () => {
    const created = await payload.create({
      collection: 'topics',
      locale: 'de',
      data: { title: 'Künstliche Intelligenz', description: 'Nur auf Deutsch beschrieben' },
    })
    await payload.update({ collection: 'topics', id: created.id, locale: 'en', data: { title: 'Artificial intelligence' } })

    const withFallback = await payload.findByID({ collection: 'topics', id: created.id, locale: 'en' })
    expect(withFallback.title).toBe('Artificial intelligence')
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
