import type { Payload, Where } from 'payload'
import type { Locale } from '@/i18n/locales'

// The one place the interface strings are queried: for the site (edited values laid over the
// files) and for the translators' export and import.

export interface LiveString {
  id: number
  key: string
  source: string
  value?: string | null
}

export type EditedStrings = Record<string, string>

// Keys no longer in messages/de.json are archived, never shown and never exported.
async function findStrings(payload: Payload, locale: Locale, where: Where[]): Promise<LiveString[]> {
  const { docs } = await payload.find({
    collection: 'interface-strings',
    locale,
    fallbackLocale: false,
    where: { and: [{ archived: { not_equals: true } }, ...where] },
    pagination: false,
    depth: 0,
    select: { key: true, source: true, value: true },
    overrideAccess: true,
  })
  return docs as LiveString[]
}

// Every key still in messages/de.json, with its German source and its value in one locale.
export const liveStrings = (payload: Payload, locale: Locale) => findStrings(payload, locale, [])

// The saved values of one locale by key (empty values left out).
export async function storedValues(payload: Payload, locale: Locale): Promise<Map<string, string>> {
  const strings = await liveStrings(payload, locale)
  return new Map(strings.filter((doc) => doc.value).map((doc) => [doc.key, doc.value as string]))
}

// The values translators saved in the admin for one locale (key → text). Values that only
// mirror the JSON file are left out: the file the site was built with is newer than them.
export async function findEditedStrings(payload: Payload, locale: Locale): Promise<EditedStrings> {
  const edited: EditedStrings = {}
  for (const doc of await findStrings(payload, locale, [{ origin: { equals: 'edited' } }])) if (doc.value) edited[doc.key] = doc.value
  return edited
}
