import type { CollectionSlug, Payload } from 'payload'
import { defaultLocale, locales, type Locale } from '../locales'
import { isOutdated, sourcesOf } from '../../lib/translation/sources'
import { stableKey } from '../../lib/translation/leaves'
import { isWritten, localizedLeaves } from './localizedLeaves'

export const contentCollections = ['dialogues', 'sessions', 'workplan-areas', 'topics', 'stakeholders', 'pages', 'media'] as const

export interface MissingContent {
  collection: CollectionSlug
  id: number
  title: string
  fields: string[]
}

export interface LocaleStatus {
  locale: Locale
  strings: { total: number; translated: number; needsReview: number; missing: string[] }
  // Outdated: translated, but the German text has changed since (lib/translation/sources).
  content: { total: number; translated: number; missing: MissingContent[]; outdated: MissingContent[] }
}

type PerLocale = Partial<Record<Locale, unknown>> | null | undefined

const titleOf = (doc: Record<string, unknown>) => {
  for (const name of ['title', 'name', 'alt', 'key']) {
    const value = doc[name] as PerLocale | string
    const german = typeof value === 'string' ? value : value?.[defaultLocale]
    if (typeof german === 'string' && german) return german
  }
  return `#${doc.id}`
}

async function stringStatus(payload: Payload) {
  const { docs } = await payload.find({
    collection: 'interface-strings',
    locale: 'all',
    where: { archived: { not_equals: true } },
    pagination: false,
    depth: 0,
    select: { key: true, value: true, needsReview: true },
    overrideAccess: true,
  })
  return (locale: Locale) => {
    const missing: string[] = []
    let needsReview = 0
    for (const doc of docs as unknown as { key: string; value?: PerLocale; needsReview?: PerLocale }[]) {
      const review = Boolean(doc.needsReview?.[locale])
      if (review) needsReview++
      if (review || !isWritten(doc.value?.[locale])) missing.push(doc.key)
    }
    return { total: docs.length, translated: docs.length - missing.length, needsReview, missing }
  }
}

async function contentStatus(payload: Payload) {
  const documents = await Promise.all(
    contentCollections.map(async (collection) => {
      const config = payload.collections[collection].config
      const { docs } = await payload.find({
        collection,
        locale: 'all',
        draft: Boolean(config.versions?.drafts),
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
      return (docs as unknown as Record<string, unknown>[]).map((doc) => ({
        collection,
        id: doc.id as number,
        title: titleOf(doc),
        sources: sourcesOf(doc.translationSources),
        // What the German original has is what the other languages owe.
        leaves: localizedLeaves(config.fields, doc)
          .filter((leaf) => isWritten(leaf.values?.[defaultLocale]))
          .map((leaf) => ({ ...leaf, key: stableKey(doc, leaf.path) })),
      }))
    }),
  )
  return (locale: Locale) => {
    let total = 0
    const missing: MissingContent[] = []
    const outdated: MissingContent[] = []
    for (const doc of documents.flat()) {
      total += doc.leaves.length
      const fields = doc.leaves.filter((leaf) => !isWritten(leaf.values?.[locale])).map((leaf) => leaf.path)
      if (fields.length > 0) missing.push({ collection: doc.collection, id: doc.id, title: doc.title, fields })
      const stale = doc.leaves
        .filter((leaf) => isWritten(leaf.values?.[locale]) && isOutdated(doc.sources, locale, leaf.key, leaf.values?.[defaultLocale]))
        .map((leaf) => leaf.path)
      if (stale.length > 0 && locale !== defaultLocale) outdated.push({ collection: doc.collection, id: doc.id, title: doc.title, fields: stale })
    }
    const count = (docs: MissingContent[]) => docs.reduce((sum, doc) => sum + doc.fields.length, 0)
    return { total, translated: total - count(missing) - count(outdated), missing, outdated }
  }
}

// Per locale: how many interface strings and localized content fields are translated, and
// which are not (a string flagged "needs review" and an outdated content field count as not translated).
export async function translationStatus(payload: Payload): Promise<LocaleStatus[]> {
  const [strings, content] = await Promise.all([stringStatus(payload), contentStatus(payload)])
  return locales.map((locale) => ({ locale, strings: strings(locale), content: content(locale) }))
}

export const share = (part: number, total: number) => (total === 0 ? 1 : part / total)
