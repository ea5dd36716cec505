import type { Payload } from 'payload'
import { databasePool } from '@/lib/db/pool'
import { startPayload, stopPayload } from '../../support/payload'
import { createIssue, deliveriesOf, insertReaders } from './fixtures'

let payload: Payload
let areas: number[]

beforeAll(async () => {
  payload = await startPayload()
  const dialogue = await payload.create({ collection: 'dialogues', data: { title: 'Versand-Dialog', partnerCountry: { code: 'MX', name: 'Mexiko' }, _status: 'published' } })
  areas = []
  // Titles of their own: slugs are unique, and other test files share the database.
  for (const title of [`KI ${Math.random().toString(36).slice(2, 8)}`, `Daten ${Math.random().toString(36).slice(2, 8)}`]) {
    areas.push((await payload.create({ collection: 'workplan-areas', data: { title, dialogue: dialogue.id, order: areas.length + 1 } })).id)
  }
})
afterAll(() => stopPayload(payload))

const send = (id: number) => payload.update({ collection: 'newsletter-issues', id, data: { status: 'sending' }, overrideAccess: true })

test('starting an issue makes one delivery per confirmed reader, in their language or German where the issue is not translated', async () => {
  const readers = await insertReaders(payload, [
    { locale: 'de' },
    { locale: 'es' },
    { locale: 'en' },
    { locale: 'es', status: 'pending' },
    { locale: 'en', status: 'unsubscribed' },
  ])
  const issue = await createIssue(payload, { translations: ['es'] })
  await send(issue.id)
  const rows = await deliveriesOf(payload, issue.id)
  const ours = rows.filter((row) => readers.some((reader) => reader.id === row.subscriberId))
  expect(ours).toEqual([
    { subscriberId: readers[0].id, locale: 'de', status: 'pending' },
    { subscriberId: readers[1].id, locale: 'es', status: 'pending' },
    { subscriberId: readers[2].id, locale: 'de', status: 'pending' },
  ])
  const stored = await payload.findByID({ collection: 'newsletter-issues', id: issue.id, overrideAccess: true })
  expect(stored.status).toBe('sending')
  expect(stored.startedAt).toBeTruthy()
})

test('the audience narrows by language and by interest', async () => {
  const readers = await insertReaders(payload, [
    { locale: 'de', interests: [areas[0]] },
    { locale: 'de', interests: [areas[1]] },
    { locale: 'es', interests: [areas[0]] },
    { locale: 'en' },
  ])
  const issue = await createIssue(payload, { translations: ['es', 'en'], audience: { languages: ['de', 'es'], interests: [areas[0]] } })
  await send(issue.id)
  const ids = (await deliveriesOf(payload, issue.id)).map((row) => row.subscriberId)
  expect(ids).toEqual([readers[0].id, readers[2].id])
})

test('a pause and a resume add no second delivery, and the table refuses one per (issue, reader)', async () => {
  await insertReaders(payload, [{ locale: 'de' }, { locale: 'es' }])
  const issue = await createIssue(payload)
  await send(issue.id)
  const before = await deliveriesOf(payload, issue.id)
  await insertReaders(payload, [{ locale: 'de' }])
  await payload.update({ collection: 'newsletter-issues', id: issue.id, data: { status: 'paused' }, overrideAccess: true })
  await send(issue.id)
  expect(await deliveriesOf(payload, issue.id)).toEqual(before)
  await expect(
    databasePool(payload).query(
      `insert into newsletter_deliveries (issue_id, subscriber_id, locale, status, attempts, updated_at, created_at) values ($1, $2, 'de', 'pending', 0, now(), now())`,
      [issue.id, before[0].subscriberId],
    ),
  ).rejects.toThrow(/duplicate key/)
})
