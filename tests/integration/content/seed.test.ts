import type { CollectionSlug, Payload } from 'payload'
import { locales } from '@/i18n/locales'
import { databasePool } from '@/lib/db/pool'
import { dialogue, pages, sessions, stakeholders, topics, workplanAreas } from '@/seed/data'
import { seedContent } from '@/seed/seedContent'
import { startPayload, stopPayload } from '../support/payload'

let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
  // Other test files share the database, and a page's `key` is unique: pages they left with a
  // key the seed gives (a privacy notice, a statement) would make the seed's pages fail.
  const keys = pages.map((page) => page.key)
  const slugs = pages.map((page) => page.slug.de)
  const taken = await payload.find({ collection: 'pages', where: { key: { in: keys } }, draft: true, pagination: false, depth: 0, locale: 'de' })
  for (const page of taken.docs) if (!slugs.includes(page.slug ?? '')) await payload.delete({ collection: 'pages', id: page.id, context: { disableRevalidate: true } })
})
afterAll(() => stopPayload(payload))

async function rowCounts(): Promise<Record<string, number>> {
  const pool = databasePool(payload)
  const { rows } = await pool.query<{ name: string }>(
    `select table_name as name from information_schema.tables where table_schema = 'public' order by 1`,
  )
  const counts: Record<string, number> = {}
  for (const { name } of rows) {
    const result = await pool.query<{ n: number }>(`select count(*)::int as n from "${name}"`)
    counts[name] = result.rows[0].n
  }
  return counts
}

// Other test files share the database; look only at the seeded documents (by German slug).
const seededSlugs: Partial<Record<CollectionSlug, string[]>> = {
  dialogues: [dialogue.slug.de],
  'workplan-areas': workplanAreas.map((a) => a.slug.de),
  topics: topics.map((t) => t.slug.de),
  stakeholders: stakeholders.map((s) => s.acronym.toLowerCase()),
  sessions: sessions.map((s) => s.slug.de),
  pages: pages.map((p) => p.slug.de),
}
const localizedTextFields: Record<string, string[]> = {
  dialogues: ['title', 'slug', 'summary', 'body', 'partnerCountry.name'],
  'workplan-areas': ['title', 'slug', 'description'],
  topics: ['title', 'slug', 'description'],
  stakeholders: ['name', 'slug', 'description'],
  sessions: ['title', 'slug', 'summary', 'outcomes', 'place.city'],
  pages: ['title', 'slug', 'summary', 'body'],
}
const valueAt = (doc: Record<string, unknown>, path: string) =>
  path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], doc)

it('seeds the German-Mexican dialogue, and a second run changes no row', async () => {
  const first = await seedContent(payload)
  expect(first.created).toBe(20)
  const after = await rowCounts()
  const second = await seedContent(payload)
  expect(second).toEqual({ created: 0, kept: 20 })
  expect(await rowCounts()).toEqual(after)
  expect(after.topics).toBeGreaterThanOrEqual(7)
})

it('fills every localized field of every seeded document in de, es and en, without fallback', async () => {
  await seedContent(payload)
  for (const [collection, slugs] of Object.entries(seededSlugs) as [CollectionSlug, string[]][]) {
    const german = await payload.find({ collection, locale: 'de', where: { slug: { in: slugs } }, pagination: false, depth: 0 })
    expect(german.docs).toHaveLength(slugs.length)
    const ids = german.docs.map((doc) => doc.id)
    for (const locale of locales) {
      const { docs } = await payload.find({
        collection,
        locale,
        fallbackLocale: false,
        where: { id: { in: ids } },
        pagination: false,
        depth: 0,
      })
      expect(docs).toHaveLength(slugs.length)
      for (const doc of docs as unknown as Record<string, unknown>[]) {
        for (const path of localizedTextFields[collection]) {
          expect({ collection, locale, path, filled: Boolean(valueAt(doc, path)) }).toEqual({ collection, locale, path, filled: true })
        }
      }
    }
  }
  const { docs } = await payload.find({ collection: 'dialogues', locale: 'es', fallbackLocale: false, where: { slug: { equals: 'mexico' } } })
  expect(docs[0].milestones?.map((m) => [m.year, Boolean(m.label)])).toEqual([
    [2018, true],
    [2022, true],
    [2024, true],
    [2025, true],
  ])
})
