import type { Payload } from 'payload'
import { createTestDatabase, removeTestDatabase, type TestDatabase } from '../../setup/testDatabase'

// Migration 20261202_200000 gives topics and stakeholders drafts with a status per locale. A site
// that has topics and institutions already must not lose them from readers' pages: every locale
// each row has is published by the migration. This runs it on a database that holds rows written
// before it, as a deployed site's database does (the other tests start from an empty one).
const draftsMigration = '20261202_200000_topic_stakeholder_drafts'

let database: TestDatabase
let payload: Payload
let closePayload: (payload: Payload) => Promise<void>
const runDatabaseUrl = process.env.DATABASE_URL

beforeAll(async () => {
  database = await createTestDatabase(runDatabaseUrl)
  // payload.config.ts reads DATABASE_URL when this file first imports it.
  process.env.DATABASE_URL = database.url
  // One after another: Jest's ESM loader fails on parallel first imports of shared modules.
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  const { migrations } = await import('@/migrations')
  closePayload = (await import('@/lib/bootstrap/closePayload')).closePayload
  payload = await getPayload({ config, key: `topic-drafts-migration-${Math.random()}` })
  const before = migrations.filter((migration) => migration.name < draftsMigration)
  await payload.db.migrate({ migrations: before as never })

  const sql = (text: string, values: unknown[] = []) => payload.db.pool!.query(text, values)
  const topic = await sql(`INSERT INTO topics DEFAULT VALUES RETURNING id`)
  const topicId = topic.rows[0].id
  for (const [locale, title, slug] of [
    ['de', 'Bestehendes Thema', 'bestehendes-thema'],
    ['es', 'Tema existente', 'tema-existente'],
  ])
    await sql(`INSERT INTO topics_locales (title, slug, _locale, _parent_id) VALUES ($1, $2, $3, $4)`, [title, slug, locale, topicId])
  const stakeholder = await sql(`INSERT INTO stakeholders (country, sector) VALUES ('MX', 'government') RETURNING id`)
  await sql(`INSERT INTO stakeholders_locales (name, slug, _locale, _parent_id) VALUES ('Bestehende Institution', 'bestehende-institution', 'de', $1)`, [
    stakeholder.rows[0].id,
  ])

  await payload.db.migrate({ migrations: migrations.filter((migration) => migration.name === draftsMigration) as never })
})

afterAll(async () => {
  if (payload) await closePayload(payload)
  process.env.DATABASE_URL = runDatabaseUrl
  if (database) await removeTestDatabase(database)
})

const publicRead = <Slug extends 'topics' | 'stakeholders'>(collection: Slug, locale: 'de' | 'es' | 'en', slug: string) =>
  payload.find({ collection, locale, fallbackLocale: false, overrideAccess: false, where: { slug: { equals: slug } }, depth: 0 })

test('topics written before the migration stay public in every locale they had, and only in those', async () => {
  const german = await publicRead('topics', 'de', 'bestehendes-thema')
  expect(german.docs.map((doc) => doc.title)).toEqual(['Bestehendes Thema'])
  const spanish = await publicRead('topics', 'es', 'tema-existente')
  expect(spanish.docs.map((doc) => doc.title)).toEqual(['Tema existente'])
  expect((await publicRead('topics', 'en', 'bestehendes-thema')).docs).toEqual([])
})

test('institutions written before the migration stay public, and a later draft starts from their published text', async () => {
  const [institution] = (await publicRead('stakeholders', 'de', 'bestehende-institution')).docs
  expect(institution?.name).toBe('Bestehende Institution')
  await payload.update({ collection: 'stakeholders', id: institution.id, locale: 'es', draft: true, data: { name: 'Institución existente' }, overrideAccess: true })
  const german = await publicRead('stakeholders', 'de', 'bestehende-institution')
  expect(german.docs.map((doc) => doc.name)).toEqual(['Bestehende Institution'])
  const draft = await payload.findByID({ collection: 'stakeholders', id: institution.id, locale: 'de', draft: true, overrideAccess: true })
  expect(draft.name).toBe('Bestehende Institution')
})
