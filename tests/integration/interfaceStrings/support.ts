import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import type { Locale } from '@/i18n/locales'
import type { InterfaceString } from '@/payload-types'

// A key of its own per test (the test database is shared by the whole run).
export async function createString(payload: Payload, source: string, translations: Partial<Record<Locale, string>> = {}) {
  const key = `Zz.test_${randomBytes(4).toString('hex')}`
  const doc = await payload.create({
    collection: 'interface-strings',
    data: { key, namespace: 'Zz', source, value: source, fileValue: source },
    overrideAccess: true,
  })
  for (const [locale, value] of Object.entries(translations)) {
    await payload.update({ collection: 'interface-strings', id: doc.id, locale: locale as Locale, data: { value, fileValue: value, origin: 'file' } })
  }
  return doc
}

export async function stringIn(payload: Payload, id: number, locale: Locale): Promise<InterfaceString> {
  return payload.findByID({ collection: 'interface-strings', id, locale, fallbackLocale: false, depth: 0 })
}
