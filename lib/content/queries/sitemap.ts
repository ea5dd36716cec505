import type { Payload } from 'payload'
import { completeSlugs, type SluggedCollection, type SlugsByLocale } from './slugs'

export interface SitemapEntry {
  collection: SluggedCollection
  slugs: SlugsByLocale
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
        select: { slug: true, updatedAt: true },
      })
      return (found.docs as unknown as Array<{ slug?: SlugsByLocale; updatedAt: string }>).map((doc) => ({
        collection,
        slugs: completeSlugs(doc.slug ?? {}),
        updatedAt: doc.updatedAt,
      }))
    }),
  )
  return perCollection.flat()
}
