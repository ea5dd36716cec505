import type { CollectionSlug, Payload, RequestContext } from 'payload'
import { defaultLocale, locales, type Locale } from '../i18n/locales'

export const seedContext: RequestContext = { disableRevalidate: true, seeding: true }

interface Spec {
  collection: CollectionSlug
  // The German slug identifies a seeded document, so a second run finds it.
  slugDe: string
  base: (locale: Locale) => Record<string, unknown>
  // For documents with arrays: later locales must reuse the rows' ids.
  perLocale?: (locale: Locale, existing: Record<string, unknown>) => Record<string, unknown>
}

// Creates the document in German, then writes es and en one locale at a time (Payload ignores
// localized fields when writing locale 'all'). A document that exists is left untouched:
// editors may have changed it, and a second run must change nothing.
export async function ensureLocalizedDocument(payload: Payload, spec: Spec): Promise<{ id: number; created: boolean }> {
  const found = await payload.find({
    collection: spec.collection,
    where: { slug: { equals: spec.slugDe } },
    locale: defaultLocale,
    limit: 1,
    depth: 0,
    draft: true,
    pagination: false,
    // Only the id is needed. Joins read with `draft: true` hit a Payload query error where they
    // list a collection with drafts sorted by a localized field (workplan areas → topics by title).
    joins: false as never,
  })
  const existing = found.docs[0] as { id: number } | undefined
  if (existing) return { id: existing.id, created: false }

  // Seeded content is what readers see: published in every locale, wherever there are drafts.
  const status = payload.collections[spec.collection].config.versions?.drafts ? { _status: 'published' } : {}
  const created = (await payload.create({
    collection: spec.collection,
    locale: defaultLocale,
    depth: 0,
    context: seedContext,
    data: { ...spec.base(defaultLocale), ...status } as never,
  })) as unknown as Record<string, unknown> & { id: number }

  for (const locale of locales.filter((code) => code !== defaultLocale)) {
    const data = spec.perLocale ? spec.perLocale(locale, created) : spec.base(locale)
    await payload.update({
      collection: spec.collection,
      id: created.id,
      locale,
      depth: 0,
      context: seedContext,
      data: { ...data, ...status } as never,
    })
  }
  return { id: created.id, created: true }
}
