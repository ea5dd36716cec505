import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import type { Locale } from '@/i18n/locales'
import { startPayload, stopPayload } from '../support/payload'
import { createUser, type TestUser } from '../support/users'

let payload: Payload
let editor: TestUser
beforeAll(async () => {
  payload = await startPayload()
  editor = await createUser(payload, 'editor')
})
afterAll(() => stopPayload(payload))

const statusIn = async (id: number, locale: Locale) =>
  (await payload.findByID({ collection: 'dialogues', id, locale, draft: true, depth: 0 }))._status

const publicTitle = async (id: number, locale: Locale) =>
  ((await payload.findByID({ collection: 'dialogues', id, locale, fallbackLocale: false, overrideAccess: false, disableErrors: true, depth: 0 })) as { title?: string } | null)?.title ?? null

// What the admin's schedule drawer queues for one locale, run when its time has come.
async function schedule(type: 'publish' | 'unpublish', id: number, locale: Locale) {
  const job = await payload.jobs.queue({
    task: 'schedulePublish',
    waitUntil: new Date(Date.now() - 1000),
    input: { type, locale, doc: { relationTo: 'dialogues', value: String(id) }, user: { relationTo: 'users', value: editor.id } },
  } as never)
  await payload.jobs.run({ limit: 10 })
  const left = await payload.find({ collection: 'payload-jobs', where: { id: { equals: job.id } }, depth: 0 })
  expect(left.docs[0]?.hasError ?? false).toBe(false)
}

async function publishedInBoth() {
  const tag = randomBytes(3).toString('hex')
  const doc = await payload.create({
    collection: 'dialogues',
    locale: 'de',
    data: { title: `Dialog ${tag}`, partnerCountry: { code: 'MX', name: 'Mexiko' }, _status: 'published' },
  })
  await payload.update({ collection: 'dialogues', id: doc.id, locale: 'es', data: { title: `Diálogo ${tag}`, partnerCountry: { name: 'México' }, _status: 'published' } })
  return doc.id
}

it('a scheduled unpublish of Spanish takes Spanish offline, and German stays', async () => {
  const id = await publishedInBoth()
  await schedule('unpublish', id, 'es')
  expect(await statusIn(id, 'es')).toBe('draft')
  expect(await statusIn(id, 'de')).toBe('published')
  // What the public reads: no Spanish any more, German as before.
  expect(await publicTitle(id, 'es')).toBeNull()
  expect(await publicTitle(id, 'de')).toMatch(/^Dialog /)
})

it('a job scheduled for later changes nothing before its time', async () => {
  const id = await publishedInBoth()
  await payload.jobs.queue({
    task: 'schedulePublish',
    waitUntil: new Date(Date.now() + 3_600_000),
    input: { type: 'unpublish', locale: 'es', doc: { relationTo: 'dialogues', value: String(id) }, user: { relationTo: 'users', value: editor.id } },
  } as never)
  await payload.jobs.run({ limit: 10 })
  expect(await statusIn(id, 'es')).toBe('published')
})

it('a scheduled publish of Spanish publishes Spanish alone', async () => {
  const tag = randomBytes(3).toString('hex')
  const doc = await payload.create({
    collection: 'dialogues',
    locale: 'de',
    data: { title: `Dialog ${tag}`, partnerCountry: { code: 'MX', name: 'Mexiko' }, _status: 'published' },
  })
  await payload.update({ collection: 'dialogues', id: doc.id, locale: 'de', draft: true, data: { title: `Dialog ${tag} Entwurf` } })
  await payload.update({ collection: 'dialogues', id: doc.id, locale: 'es', draft: true, data: { title: `Diálogo ${tag}`, partnerCountry: { name: 'México' } } })
  await schedule('publish', doc.id, 'es')
  expect(await statusIn(doc.id, 'es')).toBe('published')
  expect(await publicTitle(doc.id, 'es')).toBe(`Diálogo ${tag}`)
  // German keeps its pending draft unpublished.
  expect(await statusIn(doc.id, 'de')).toBe('draft')
  const publicDe = await payload.findByID({ collection: 'dialogues', id: doc.id, locale: 'de', overrideAccess: false })
  expect(publicDe.title).toBe(`Dialog ${tag}`)
})
