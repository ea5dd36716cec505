import type { Payload } from 'payload'
import type { Locale } from '../locales'

// Every live key's saved value in one locale (empty values left out).
export async function storedValues(payload: Payload, locale: Locale): Promise<Map<string, string>> {
  const { docs } = await payload.find({
    collection: 'interface-strings',
    locale,
    fallbackLocale: false,
    where: { archived: { not_equals: true } },
    pagination: false,
    depth: 0,
    select: { key: true, value: true },
    overrideAccess: true,
  })
  return new Map(docs.filter((doc) => doc.value).map((doc) => [doc.key, doc.value as string]))
}
