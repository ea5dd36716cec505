import type { CollectionSlug, Payload, TypedUser } from 'payload'
import { defaultLocale, type Locale } from '@/i18n/locales'
import { publishesPerLocale } from './published'
import type { SluggedCollection } from './slugs'

// Field paths (e.g. "summary", "milestones.2.label") that the locale lacks and that the
// reader therefore sees in German. Payload fills them silently from the fallback locale;
// asking again with `fallbackLocale: false` tells which ones those are. With `draftFor`, the
// latest draft as that person sees it (the admin's preview), else what the public sees.
export async function findUntranslatedFields(
  payload: Payload,
  collection: SluggedCollection,
  id: number,
  locale: Locale,
  fields: readonly string[],
  draftFor?: TypedUser,
): Promise<string[]> {
  if (locale === defaultLocale) return []
  const select = Object.fromEntries(fields.map((field) => [field, true]))
  const read = (fallback: boolean, inLocale: Locale = locale) =>
    payload.findByID({
      collection,
      id,
      locale: inLocale,
      fallbackLocale: fallback ? defaultLocale : false,
      depth: 0,
      overrideAccess: false,
      disableErrors: true,
      select,
      ...(draftFor ? { draft: true, user: draftFor } : {}),
    }) as Promise<Record<string, unknown> | null>
  const [shown, own] = await Promise.all([read(true), read(false)])
  // Not published in this locale (./published): the reader sees the German document.
  if (!own && publishesPerLocale(payload, collection)) {
    const german = await read(false, defaultLocale)
    return german ? fields.flatMap((field) => missingPaths(german[field], nothingLike(german[field]), field)) : []
  }
  if (!shown || !own) return []
  return fields.flatMap((field) => missingPaths(shown[field], own[field], field))
}

function isEmpty(value: unknown): boolean {
  return value == null || value === '' || (Array.isArray(value) && value.length === 0)
}

function missingPaths(shown: unknown, own: unknown, path: string): string[] {
  if (isEmpty(shown)) return []
  if (isEmpty(own)) return [path]
  if (Array.isArray(shown) && Array.isArray(own)) {
    return shown.flatMap((item, i) => missingPaths(item, own[i], `${path}.${i}`))
  }
  // Rich text is one localized value: it is either there or not.
  if (isPlainObject(shown) && isPlainObject(own) && !('root' in shown)) {
    return Object.keys(shown)
      .filter((key) => key !== 'id')
      .flatMap((key) => missingPaths(shown[key], own[key], `${path}.${key}`))
  }
  return []
}

// No value of the same shape: a group's fields are then named one by one, as for a partial translation.
const nothingLike = (value: unknown) => (isPlainObject(value) && !('root' in value) ? {} : undefined)

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export type WithUntranslated<T> = T & { untranslated: string[] }

// The same question for documents a page shows beside its own (the dialogue's topics and
// partners, a session's stakeholders …): which of their fields the reader sees in German.
// One query per collection, reading the documents again without fallback.
export async function markUntranslated<T extends { id: number }>(
  payload: Payload,
  collection: CollectionSlug,
  docs: T[],
  locale: Locale,
  fields: readonly (keyof T & string)[],
): Promise<WithUntranslated<T>[]> {
  if (locale === defaultLocale || docs.length === 0) return docs.map((doc) => ({ ...doc, untranslated: [] }))
  const own = await payload.find({
    collection,
    where: { id: { in: docs.map((doc) => doc.id) } },
    locale,
    fallbackLocale: false,
    overrideAccess: false,
    depth: 0,
    pagination: false,
    select: Object.fromEntries(fields.map((field) => [field, true])),
  })
  const ownById = new Map((own.docs as unknown as Record<string, unknown>[]).map((doc) => [doc.id, doc]))
  return docs.map((doc) => ({
    ...doc,
    untranslated: fields.filter((field) => !isEmpty(doc[field]) && isEmpty(ownById.get(doc.id)?.[field])),
  }))
}
