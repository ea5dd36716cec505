import type { Payload } from 'payload'
import type { Locale } from '../locales'

export interface LiveString {
  id: number
  key: string
  source: string
  value?: string | null
}

// Every key still in messages/de.json, with its German source and its value in one locale.
export async function liveStrings(payload: Payload, locale: Locale): Promise<LiveString[]> {
  const { docs } = await payload.find({
    collection: 'interface-strings',
    locale,
    fallbackLocale: false,
    where: { archived: { not_equals: true } },
    pagination: false,
    depth: 0,
    select: { key: true, source: true, value: true },
    overrideAccess: true,
  })
  return docs as LiveString[]
}

// The saved values of one locale by key (empty values left out).
export async function storedValues(payload: Payload, locale: Locale): Promise<Map<string, string>> {
  const strings = await liveStrings(payload, locale)
  return new Map(strings.filter((doc) => doc.value).map((doc) => [doc.key, doc.value as string]))
}
