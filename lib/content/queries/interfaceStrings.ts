import type { Payload } from 'payload'
import type { Locale } from '@/i18n/locales'

export type EditedStrings = Record<string, string>

// The values translators saved in the admin for one locale (key → text). Values that only
// mirror the JSON file are left out: the file the site was built with is newer than them.
export async function findEditedStrings(payload: Payload, locale: Locale): Promise<EditedStrings> {
  const { docs } = await payload.find({
    collection: 'interface-strings',
    locale,
    fallbackLocale: false,
    where: { and: [{ origin: { equals: 'edited' } }, { archived: { not_equals: true } }] },
    pagination: false,
    depth: 0,
    select: { key: true, value: true },
    overrideAccess: true,
  })
  const edited: EditedStrings = {}
  for (const doc of docs) if (doc.value) edited[doc.key] = doc.value
  return edited
}
