import type { Payload, SanitizedConfig } from 'payload'
import { rereadSettings } from '@/lib/env'
import type { MailWorker } from '@/lib/mail/outbox/worker'
import { databasePool } from '@/lib/db/pool'
import { readMail, startInbox } from '../newsletter/smtpInbox'
import { queuedMailPayloads } from '../support/queuedMails'
import { restClient, uniqueIp } from '../newsletter/support'

// The barrier feedback form's one path, through the endpoint a browser without JavaScript
// posts to: answers, what is stored, the outbox job written with the record, the mail sent by
// the worker, the budgets. Small limits of this file's own (read when the config loads).
const feedbackTo = 'barrieren@ministerium.example.org'
let inbox: Awaited<ReturnType<typeof startInbox>>
let payload: Payload
let api: ReturnType<typeof restClient>
let stopPayload: (payload: Payload) => Promise<void>
let worker: MailWorker | undefined

beforeAll(async () => {
  inbox = await startInbox()
  Object.assign(process.env, { SMTP_URL: inbox.url, ACCESSIBILITY_FEEDBACK_TO: feedbackTo, FEEDBACK_LIMIT_PER_IP: '3' })
  rereadSettings()
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  stopPayload = (await import('../support/payload')).stopPayload
  const key = `feedback-${Math.random()}`
  payload = await getPayload({ config, key })
  api = restClient(config as unknown as Promise<SanitizedConfig>, key)
})
afterAll(async () => {
  await worker?.stop()
  await stopPayload?.(payload)
  await inbox?.stop()
})

const endpoint = '/api/accessibility/feedback'
const message = (tag: string) => `Das Video auf der DGS-Seite hat keine Untertitel (${tag}).`
const post = (form: Record<string, string>, ip = uniqueIp()) => api('POST', endpoint, { form, ip })

async function reportsWith(text: string) {
  const { docs } = await payload.find({ collection: 'accessibility-feedback', where: { message: { contains: text } }, overrideAccess: true, pagination: false })
  return docs
}

// The outbox's mails that name a report: the queue holds its id, no text.
const mailJobsFor = (feedbackId: number) =>
  queuedMailPayloads<{ template: string; props: { feedbackId: number }; to?: string }>(payload, `payload->'props'->>'feedbackId' = $1`, [String(feedbackId)])

test('a report sent without JavaScript is stored, its mail queued with it, and the reader is sent to the localized thanks page', async () => {
  const tag = `ok-${Math.random()}`
  const response = await post({ message: message(tag), page: '/de/gebaerdensprache', email: 'Leserin@Example.org', locale: 'es', website: '' })
  expect(response.status).toBe(303)
  expect(new URL(response.headers.get('location')!).pathname).toBe('/es/notificar-barrera/gracias')
  const [report] = await reportsWith(tag)
  expect(report).toMatchObject({ page: '/de/gebaerdensprache', email: 'leserin@example.org', locale: 'es', status: 'new' })
  const jobs = await mailJobsFor(report.id)
  expect(jobs).toEqual([{ template: 'accessibility-feedback', locale: 'de', props: { feedbackId: report.id } }])
  expect(JSON.stringify(jobs)).not.toContain(tag)
})

test('the worker mails the report to the configured address', async () => {
  const { startMailWorker } = await import('@/lib/mail/outbox/worker')
  worker = await startMailWorker(payload, { pollIntervalMs: 200 })
  const tag = `mail-${Math.random()}`
  expect((await post({ message: message(tag), locale: 'de' })).status).toBe(303)
  for (let i = 0; i < 150 && inbox.mailsTo(feedbackTo).every((mail) => !mail.raw.includes(tag)); i++) await new Promise((r) => setTimeout(r, 50))
  const raw = inbox.mailsTo(feedbackTo).find((mail) => mail.raw.includes(tag))
  expect(raw).toBeDefined()
  const mail = await readMail(raw!.raw)
  expect(mail.subject).toMatch(/^Rückmeldung zur Barrierefreiheit Nr\. \d+$/)
  expect(mail.text).toContain(message(tag))
  expect(mail.text).toContain('keine Antwort gewünscht')
  const [report] = await reportsWith(tag)
  expect(await mailJobsFor(report.id)).toEqual([])
})

test.each([
  ['a message too short', { message: 'kurz' }, 'message'],
  ['a message too long', { message: 'x'.repeat(5001) }, 'message'],
  ['no message', {}, 'message'],
  ['a bad e-mail address', { message: message('bad-mail'), email: 'nicht-an-mich' }, 'email'],
  ['a page address too long', { message: message('long-page'), page: 'p'.repeat(501) }, 'page'],
])('%s is sent back to the form with the field named, and nothing is stored or queued', async (_name, form, field) => {
  const before = await payload.count({ collection: 'accessibility-feedback', overrideAccess: true })
  const response = await post({ locale: 'en', ...form })
  expect(response.status).toBe(303)
  const location = new URL(response.headers.get('location')!)
  expect(location.pathname).toBe('/en/report-a-barrier')
  expect(location.searchParams.get('errors')).toBe(field)
  expect(await payload.count({ collection: 'accessibility-feedback', overrideAccess: true })).toEqual(before)
})

test('a JSON client gets 400 with the codes, and malformed JSON is a 400 too', async () => {
  const invalid = await api('POST', endpoint, { json: { message: 'kurz', email: 'x', locale: 'de' } })
  expect(invalid.status).toBe(400)
  expect(await invalid.json()).toEqual({ status: 'invalid', errors: { message: 'message', email: 'email' } })
  const malformed = await api('POST', endpoint, { body: '{', headers: { 'content-type': 'application/json' } })
  expect(malformed.status).toBe(400)
})

test('an unknown locale is refused in German, and the answer never leaks internals', async () => {
  const response = await api('POST', endpoint, { json: { message: message('locale'), locale: 'fr' } })
  expect(response.status).toBe(400)
  expect(await response.json()).toEqual({ status: 'invalid', errors: { locale: 'locale' } })
})

test('a bot that fills the hidden field hears the usual answer, and nothing is stored', async () => {
  const tag = `bot-${Math.random()}`
  const response = await post({ message: message(tag), locale: 'de', website: 'https://spam.example' })
  expect(response.status).toBe(303)
  expect(new URL(response.headers.get('location')!).pathname).toBe('/de/barriere-melden/danke')
  expect(await reportsWith(tag)).toEqual([])
})

test('one client address may send three reports an hour; the fourth is sent back with Retry-After, another address is not stopped', async () => {
  const ip = uniqueIp()
  const tag = `limit-${Math.random()}`
  const statuses = []
  for (let i = 0; i < 3; i++) statuses.push(new URL((await post({ message: message(`${tag}-${i}`), locale: 'de' }, ip)).headers.get('location')!).pathname)
  expect(statuses).toEqual(Array(3).fill('/de/barriere-melden/danke'))
  const limited = await post({ message: message(`${tag}-4`), locale: 'de' }, ip)
  expect(limited.status).toBe(303)
  expect(new URL(limited.headers.get('location')!).searchParams.get('notice')).toBe('rateLimited')
  expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
  expect(await reportsWith(`${tag}-4`)).toEqual([])
  const json = await api('POST', endpoint, { json: { message: message(`${tag}-json`), locale: 'de' }, ip })
  expect(json.status).toBe(429)
  const elsewhere = await post({ message: message(`${tag}-other`), locale: 'de' })
  expect(new URL(elsewhere.headers.get('location')!).pathname).toBe('/de/barriere-melden/danke')
})

test('the report and its queued mail are one transaction: a rollback leaves neither', async () => {
  const { inTransaction } = await import('@/lib/db/inTransaction')
  const { storeFeedback } = await import('@/accessibility/recordFeedback')
  const tag = `rollback-${Math.random()}`
  let id = 0
  await expect(
    inTransaction(payload, async (req) => {
      id = await storeFeedback(payload, req, { message: message(tag), page: undefined, email: undefined, locale: 'de', website: '' })
      expect(await mailJobsFor(id)).toEqual([]) // not visible outside the transaction yet
      throw new Error('rolled back')
    }),
  ).rejects.toThrow('rolled back')
  expect(id).toBeGreaterThan(0)
  expect(await reportsWith(tag)).toEqual([])
  expect(await mailJobsFor(id)).toEqual([])
})

test('reports are deleted a year after they arrived, younger ones stay', async () => {
  const { purgeOldFeedback } = await import('@/accessibility/purge')
  const make = (text: string) => payload.create({ collection: 'accessibility-feedback', data: { message: message(text), locale: 'de', status: 'new' }, overrideAccess: true })
  const old = await make(`old-${Math.random()}`)
  const young = await make(`young-${Math.random()}`)
  await databasePool(payload).query(`UPDATE accessibility_feedback SET created_at = now() - interval '366 days' WHERE id = $1`, [old.id])
  await databasePool(payload).query(`UPDATE accessibility_feedback SET created_at = now() - interval '364 days' WHERE id = $1`, [young.id])
  const { purged } = await purgeOldFeedback(payload)
  expect(purged).toBeGreaterThanOrEqual(1)
  const left = await payload.find({ collection: 'accessibility-feedback', where: { id: { in: [old.id, young.id] } }, overrideAccess: true, pagination: false })
  expect(left.docs.map((doc) => doc.id)).toEqual([young.id])
})
