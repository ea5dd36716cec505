import { jest } from '@jest/globals'
import type { CollectionSlug, GlobalSlug, Payload } from 'payload'

// Next's revalidateTag needs a running Next server; here it records what a save expires. The
// data cache is bypassed: each read runs its query, which is what this test inspects.
const expired: string[] = []
jest.unstable_mockModule('next/cache', () => ({
  revalidateTag: (tag: string) => {
    expired.push(tag)
  },
  unstable_cache: (read: () => Promise<unknown>) => read,
}))
const { startPayload, stopPayload } = await import('../support/payload')
const { readerQueries } = await import('@/lib/content/reader')
const { namedByTag } = await import('@/lib/cache/tags')
const { relationGraph, stored } = await import('@/lib/cache/relationGraph')
const { valuesAt } = await import('@/lib/cache/relationValues')
const { smallSite } = await import('./site')
const { isLocale, locales } = await import('@/i18n/locales')

let payload: Payload
let site: Awaited<ReturnType<typeof smallSite>>
beforeAll(async () => {
  payload = await startPayload()
  site = await smallSite(payload)
})
afterAll(() => stopPayload(payload))
beforeEach(() => {
  expired.length = 0
})

// Arguments for each cached read of lib/content/reader.ts, pointing at the small site. A new
// read without an entry here fails the first test, so it cannot go unchecked.
const samples = (): Record<string, (string | number)[]> => ({
  slug: ['dialogues', 'es', site.dialogue.slug!],
  slugs: ['topics', site.topic.id],
  'published-locales': ['dialogues', site.dialogue.id],
  dialogue: ['es', site.dialogue.id],
  dialogues: ['es'],
  'sessions-of': ['es', site.dialogue.id],
  session: ['es', site.session.id],
  topic: ['es', site.topic.id],
  stakeholder: ['es', site.stakeholder.id],
  page: ['es', site.page.id],
  'interface-strings': ['es'],
  'site-frame': ['es'],
  topics: ['es'],
  stakeholders: ['es'],
  sitemap: [],
  'privacy-notice': ['es'],
  'newsletter-interests': ['es'],
  'page-slug-by-key': ['es', 'accessibility'],
})

// The privacy notice and the statement are the pages with key "privacy" / "accessibility"; the
// small site makes neither (the key is unique and the seed owns it), so those reads may find nothing.
const mayReadNothing = new Set(['privacy-notice', 'page-slug-by-key'])

type Shown = { collection: CollectionSlug; id: number | string } | { global: GlobalSlug }

// The real Payload, recording every document a query gets back, populated relations included.
function recording(shown: Shown[]): Payload {
  const graph = relationGraph(payload.config)
  const note = (collection: CollectionSlug, doc: Record<string, unknown>) => {
    shown.push({ collection, id: doc.id as number })
    for (const relation of graph.filter((r) => stored(r) && 'collection' in r.from && r.from.collection === collection)) {
      for (const value of valuesAt(doc, relation.path.split('.'))) {
        if (value && typeof value === 'object' && 'id' in value) shown.push({ collection: relation.to, id: (value as { id: number }).id })
      }
    }
  }
  return new Proxy(payload, {
    get(target, key, receiver) {
      const original = Reflect.get(target, key, receiver)
      if (key === 'find') {
        return async (args: { collection: CollectionSlug }) => {
          const result = await target.find(args as never)
          for (const doc of result.docs) note(args.collection, doc as unknown as Record<string, unknown>)
          return result
        }
      }
      if (key === 'findByID') {
        return async (args: { collection: CollectionSlug }) => {
          const doc = await target.findByID(args as never)
          if (doc) note(args.collection, doc as unknown as Record<string, unknown>)
          return doc
        }
      }
      if (key === 'findGlobal') {
        return async (args: { slug: GlobalSlug }) => {
          shown.push({ global: args.slug })
          return target.findGlobal(args as never)
        }
      }
      return typeof original === 'function' ? original.bind(target) : original
    },
  })
}

// Ids repeat across collections: a document is the small site's by collection and id.
const siteCollections: Record<keyof typeof site, CollectionSlug> = {
  logo: 'media',
  hero: 'media',
  document: 'media',
  metaImage: 'media',
  stakeholder: 'stakeholders',
  dialogue: 'dialogues',
  area: 'workplan-areas',
  topic: 'topics',
  session: 'sessions',
  page: 'pages',
  string: 'interface-strings',
}
const mine = () => new Set(Object.entries(site).map(([name, doc]) => `${siteCollections[name as keyof typeof site]}:${doc.id}`))

// A save an editor could make (nothing changes, the hooks run as on any save): in German, the
// fixtures' language, but interface strings in the reader's locale: only that locale's pages
// show the value.
async function save(what: Shown, readerLocale: string) {
  const locale = 'collection' in what && what.collection === 'interface-strings' ? readerLocale : 'de'
  const asked = isLocale(locale) ? locale : undefined
  if ('global' in what) return payload.updateGlobal({ slug: what.global, locale: asked, data: {} })
  return payload.update({ collection: what.collection, id: what.id, locale: asked, data: {} })
}

describe('every reader query is expired by a save of what it shows', () => {
  it('each cached read of lib/content/reader.ts has a case here', () => {
    expect([...readerQueries.keys()].sort()).toEqual(Object.keys(samples()).sort())
  })

  it.each([...readerQueries.keys()])('%s: every tag it sets is expired by a save of the document it names', async (name) => {
    const { tagsFor } = readerQueries.get(name)!
    const args = samples()[name]
    for (const tag of tagsFor(...(args as never[]))) {
      const named = namedByTag(tag)
      expired.length = 0
      if (named.kind === 'global') await save({ global: named.slug }, String(args[0]))
      else if (named.kind === 'document') await save({ collection: named.collection, id: named.id }, String(args[0]))
      else if (named.kind === 'list') await save({ collection: named.collection, id: oneOf()[named.collection as keyof ReturnType<typeof oneOf>].id }, named.locale ?? 'de')
      else {
        // The document with that slug in any locale (an untranslated one answers with its German
        // slug in every locale); a slug that answers nothing is cleared when a document takes it.
        const holders = await Promise.all(
          locales.map((locale) => payload.find({ collection: named.collection, locale, where: { slug: { equals: named.slug } }, limit: 1, depth: 0 })),
        )
        await save({ collection: named.collection, id: holders.flatMap((found) => found.docs)[0].id }, named.locale)
      }
      expect({ tag, expired: expired.includes(tag) }).toEqual({ tag, expired: true })
    }
  })

  it.each([...readerQueries.keys()])('%s: a save of any document it read expires it', async (name) => {
    const { query, tagsFor } = readerQueries.get(name)!
    const args = samples()[name]
    const shown: Shown[] = []
    await query(recording(shown), ...(args as never[]))
    const ours = shown.filter((what) => 'global' in what || mine().has(`${what.collection}:${what.id}`))
    if (!mayReadNothing.has(name)) expect(ours.length).toBeGreaterThan(0)
    const itsTags = tagsFor(...(args as never[]))
    const seen = new Set<string>()
    for (const what of ours) {
      const key = JSON.stringify(what)
      if (seen.has(key)) continue
      seen.add(key)
      expired.length = 0
      await save(what, String(args[0]))
      expect({ saved: what, expiresRead: itsTags.some((tag) => expired.includes(tag)) }).toEqual({ saved: what, expiresRead: true })
    }
  })
})

// One document of each collection a list may show.
const oneOf = () => ({
  dialogues: site.dialogue,
  sessions: site.session,
  topics: site.topic,
  stakeholders: site.stakeholder,
  pages: site.page,
  'workplan-areas': site.area,
  media: site.hero,
  'interface-strings': site.string,
})
