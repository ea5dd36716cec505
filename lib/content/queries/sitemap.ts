import type { Payload } from 'payload'
import type { Locale } from '@/i18n/locales'
import { publishesPerLocale } from './published'
import { completeSlugs, publishedIn, type SluggedCollection, type SlugsByLocale } from './slugs'

export interface SitemapEntry {
  collection: SluggedCollection
  slugs: SlugsByLocale
  // The locales it is published in: the others get no entry and no hreflang.
  published: Locale[]
  updatedAt: string
}

const collections = ['dialogues', 'sessions', 'topics', 'stakeholders', 'pages'] as const

// Every published document that has a page, with its slug in each locale.
export async function listSitemapEntries(payload: Payload): Promise<SitemapEntry[]> {
  const perCollection = await Promise.all(
    collections.map(async (collection) => {
      const found = await payload.find({
        collection,
        locale: 'all',
        overrideAccess: false,
        depth: 0,
        pagination: false,
        select: { slug: true, updatedAt: true, ...(publishesPerLocale(payload, collection) ? { _status: true } : {}) },
      })
      return (found.docs as unknown as Array<{ slug?: SlugsByLocale; _status?: unknown; updatedAt: string }>).map((doc) => ({
        collection,
        slugs: completeSlugs(doc.slug ?? {}),
        published: publishedIn(doc._status),
        updatedAt: doc.updatedAt,
      }))
    }),
  )
  return perCollection.flat()
}
