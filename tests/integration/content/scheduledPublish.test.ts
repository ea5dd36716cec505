import type { Payload } from 'payload'
import { startPayload, stopPayload } from '../support/payload'
import { createUser, type TestUser } from '../support/users'

let payload: Payload
let dialogueId: number
beforeAll(async () => {
  payload = await startPayload()
  const dialogue = await payload.create({
    collection: 'dialogues',
    data: { title: 'Zeitplan-Dialog', partnerCountry: { code: 'MX', name: 'Mexiko' }, _status: 'published' },
  })
  dialogueId = dialogue.id
})
afterAll(() => stopPayload(payload))

async function draftSession(title: string) {
  const doc = await payload.create({
    collection: 'sessions',
    draft: true,
    data: { title, dialogue: dialogueId, kind: 'workshop', format: 'online', startsAt: '2026-09-01T08:00:00.000Z', _status: 'draft' },
  })
  return doc.id
}

// What the admin's "schedule publish" does: a job carrying the scheduling user.
async function schedulePublish(id: number, user: TestUser) {
  const job = await payload.jobs.queue({
    task: 'schedulePublish',
    waitUntil: new Date(Date.now() - 1000),
    input: { type: 'publish', doc: { relationTo: 'sessions', value: String(id) }, user: { relationTo: 'users', value: user.id } },
  } as never)
  await payload.jobs.run({ limit: 10 })
  // A job that completes is deleted; one that failed stays with its log.
  const left = await payload.find({ collection: 'payload-jobs', where: { id: { equals: job.id } }, depth: 0 })
  return left.docs[0]
}

const status = async (id: number) => (await payload.findByID({ collection: 'sessions', id, draft: true }))._status

it("publishes an editor's scheduled session when its time has come", async () => {
  const id = await draftSession(`Geplant ${Date.now()}`)
  const job = await schedulePublish(id, await createUser(payload, 'editor'))
  expect(job).toBeUndefined()
  expect(await status(id)).toBe('published')
})

it('runs with the scheduling person’s rights: a translator cannot publish by scheduling', async () => {
  const id = await draftSession(`Geplant Übersetzung ${Date.now()}`)
  const job = await schedulePublish(id, await createUser(payload, 'translator', ['es']))
  expect(job?.hasError).toBe(true)
  expect(JSON.stringify(job?.log)).toMatch(/"state":"failed".*Übersetzer:innen speichern Entwürfe/)
  expect(await status(id)).toBe('draft')
})
