import type { Payload } from 'payload'
import { rereadSettings } from '@/lib/env'
import { parsed, tally } from './inbox'
import { createIssue, deliveriesOf, insertReaders, waitFor } from './fixtures'
import { startInbox } from '../smtpInbox'

type Dispatcher = ReturnType<typeof import('@/newsletter/dispatch/dispatcher').startDispatcher>

let inbox: Awaited<ReturnType<typeof startInbox>>
let payload: Payload
let modules: {
  startDispatcher: typeof import('@/newsletter/dispatch/dispatcher').startDispatcher
  createIssueMailer: typeof import('@/newsletter/dispatch/issueMailer').createIssueMailer
  claims: typeof import('@/newsletter/dispatch/claims')
  unsubscribe: typeof import('@/newsletter/unsubscribe').unsubscribe
  unsubscribeToken: typeof import('@/newsletter/tokens').unsubscribeToken
  stopPayload: (payload: Payload) => Promise<void>
  createUser: typeof import('../../support/users').createUser
  pool: typeof import('@/lib/db/pool').databasePool
}
let running: Dispatcher | null = null

// The transport is read from SMTP_URL when the config loads: the inbox comes first. It holds
// each mail 20 ms before accepting it, so a send takes long enough to act in the middle of it.
beforeAll(async () => {
  inbox = await startInbox(undefined, { acceptDelayMs: 20 })
  process.env.SMTP_URL = `${inbox.url}?pool=true&maxConnections=5`
  rereadSettings()
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  payload = await getPayload({ config, key: `dispatch-${Math.random()}` })
  modules = {
    startDispatcher: (await import('@/newsletter/dispatch/dispatcher')).startDispatcher,
    createIssueMailer: (await import('@/newsletter/dispatch/issueMailer')).createIssueMailer,
    claims: await import('@/newsletter/dispatch/claims'),
    unsubscribe: (await import('@/newsletter/unsubscribe')).unsubscribe,
    unsubscribeToken: (await import('@/newsletter/tokens')).unsubscribeToken,
    stopPayload: (await import('../../support/payload')).stopPayload,
    createUser: (await import('../../support/users')).createUser,
    pool: (await import('@/lib/db/pool')).databasePool,
  }
  dialogue = (await payload.create({ collection: 'dialogues', data: { title: 'Versand', partnerCountry: { code: 'MX', name: 'Mexiko' }, _status: 'published' } })).id
})
afterEach(async () => {
  await running?.stop()
  running = null
})
afterAll(async () => {
  await modules.stopPayload(payload)
  await inbox.stop()
})

function dispatch(rate: number, leaseSeconds = 60) {
  running = modules.startDispatcher({
    payload,
    deliver: modules.createIssueMailer(payload).deliver,
    rate,
    concurrency: 5,
    leaseSeconds,
    housekeepingMs: 100,
    idleMs: 20,
  })
  return running
}

// Each test's readers share an interest of their own, and its issue goes to that interest only:
// readers of earlier tests are not in its audience.
async function cohort(readers: Parameters<typeof insertReaders>[1]) {
  const area = await payload.create({ collection: 'workplan-areas', data: { title: `Bereich ${Math.random()}`, dialogue, order: 1 }, overrideAccess: true })
  return { area: area.id, readers: await insertReaders(payload, readers.map((reader) => ({ ...reader, interests: [area.id] }))) }
}
let dialogue: number

const status = async (id: number) => (await payload.findByID({ collection: 'newsletter-issues', id, overrideAccess: true, depth: 0 })).status
const sendNow = (id: number) => payload.update({ collection: 'newsletter-issues', id, data: { status: 'sending' }, overrideAccess: true })
const receivedBy = (emails: string[]) => tally(inbox.received, emails).received

test('every reader gets one mail in their language (German where untranslated) with List-Id, one-click unsubscribe and a text part', async () => {
  const { area, readers } = await cohort([{ locale: 'de' }, { locale: 'es' }, { locale: 'en' }, { locale: 'es', status: 'pending' }])
  const issue = await createIssue(payload, { translations: ['es'], audience: { interests: [area] } })
  await sendNow(issue.id)
  dispatch(500)
  await waitFor(async () => (await status(issue.id)) === 'sent')
  const emails = readers.map((reader) => reader.email)
  expect(tally(inbox.received, emails)).toMatchObject({ missing: 1, duplicates: 0, received: 3 })
  expect(inbox.mailsTo(readers[3].email)).toHaveLength(0)
  const es = await parsed(inbox.mailsTo(readers[1].email)[0])
  const en = await parsed(inbox.mailsTo(readers[2].email)[0])
  expect(es.subject).toMatch(/^Issue es /)
  expect(en.subject).toMatch(/^Ausgabe /)
  expect(es.html).toContain('lang="es"')
  expect(en.html).toContain('lang="de"')
  expect(es.text).toContain('Hello in es')
  const raw = inbox.mailsTo(readers[1].email)[0].raw
  const list = es.headers.get('list') as { id?: { id?: string }; unsubscribe?: { url?: string } }
  // Only the phrase is encoded: the <id> stays readable for filters (RFC 2919).
  expect(list.id?.id).toBe('newsletter.localhost')
  expect(raw.replace(/\r?\n[ \t]+/g, ' ')).toMatch(/^List-Id: =\?UTF-8\?Q\?Bolet=C3=ADn.* <newsletter\.localhost>\r?$/im)
  expect(raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m)
  // The reader's own unsubscribe link, not the stand-in's.
  const token = modules.unsubscribeToken(process.env.PAYLOAD_SECRET!, readers[1].id)
  expect(list.unsubscribe?.url).toContain(`id=${readers[1].id}&token=${modules.unsubscribeToken(process.env.PAYLOAD_SECRET!, readers[1].id)}`)
  expect(es.html).toContain(token)
  expect(es.text).toContain(token)
  expect(es.html).not.toContain(modules.unsubscribeToken(process.env.PAYLOAD_SECRET!, 0))
  expect(es.messageId).toMatch(new RegExp(`^<issue-${issue.id}\\.delivery-\\d+@`))
})

test('a reader who unsubscribes while the issue is being sent gets nothing more', async () => {
  const { area, readers } = await cohort(Array.from({ length: 30 }, () => ({ locale: 'de' as const })))
  const emails = readers.map((reader) => reader.email)
  const issue = await createIssue(payload, { audience: { interests: [area] } })
  await sendNow(issue.id)
  dispatch(10)
  await waitFor(() => receivedBy(emails) >= 3)
  const leaving = readers.slice(-8)
  const outcomes = await Promise.all(
    leaving.map((reader) => modules.unsubscribe(payload, reader.id, modules.unsubscribeToken(process.env.PAYLOAD_SECRET!, reader.id))),
  )
  expect(outcomes.map((outcome) => outcome.status)).toEqual(leaving.map(() => 'unsubscribed'))
  expect(receivedBy(emails)).toBeLessThan(22)
  await waitFor(async () => (await status(issue.id)) === 'sent')
  for (const reader of leaving) expect(inbox.mailsTo(reader.email)).toHaveLength(0)
  expect(tally(inbox.received, emails.slice(0, -8))).toMatchObject({ missing: 0, duplicates: 0 })
  const rows = await deliveriesOf(payload, issue.id)
  expect(rows.filter((row) => row.status === 'skipped')).toHaveLength(8)
})

test('an editor pauses a send (nothing more goes out) and resumes it (it finishes, each reader once)', async () => {
  const editor = await modules.createUser(payload, 'editor')
  const asEditor = { user: editor, overrideAccess: false as const }
  const { area, readers } = await cohort(Array.from({ length: 30 }, () => ({ locale: 'de' as const })))
  const emails = readers.map((reader) => reader.email)
  const issue = await createIssue(payload, { audience: { interests: [area] } })
  await payload.update({ collection: 'newsletter-issues', id: issue.id, data: { status: 'sending' }, ...asEditor })
  dispatch(40)
  await waitFor(() => receivedBy(emails) >= 3)
  await payload.update({ collection: 'newsletter-issues', id: issue.id, data: { status: 'paused' }, ...asEditor })
  // The mails already on the wire land; then nothing.
  await new Promise((resolve) => setTimeout(resolve, 400))
  const atPause = receivedBy(emails)
  await new Promise((resolve) => setTimeout(resolve, 1000))
  expect(receivedBy(emails)).toBe(atPause)
  expect(atPause).toBeLessThan(30)
  expect(await status(issue.id)).toBe('paused')
  await payload.update({ collection: 'newsletter-issues', id: issue.id, data: { status: 'sending' }, ...asEditor })
  await waitFor(async () => (await status(issue.id)) === 'sent')
  expect(tally(inbox.received, emails)).toMatchObject({ missing: 0, duplicates: 0, received: 30 })
})

test('deliveries a dead worker left claimed are sent after the lease; a mail the server took just before the crash comes again with the same Message-ID', async () => {
  const { area, readers } = await cohort(Array.from({ length: 12 }, () => ({ locale: 'de' as const })))
  const emails = readers.map((reader) => reader.email)
  const issue = await createIssue(payload, { audience: { interests: [area] } })
  await sendNow(issue.id)
  const pool = modules.pool(payload)
  // A worker claims four and dies (no process holds its liveness lock): two of its mails had
  // been accepted, the other two not.
  const claimed = await modules.claims.claimDeliveries(pool, '424242@gone:1', 4)
  expect(claimed).toHaveLength(4)
  const mailer = modules.createIssueMailer(payload)
  await mailer.deliver(claimed[0])
  await mailer.deliver(claimed[1])
  dispatch(500)
  await waitFor(async () => (await status(issue.id)) === 'sent')
  const counts = tally(inbox.received, emails)
  expect(counts.missing).toBe(0)
  // The two in doubt were sent again: two copies each, but one message each.
  expect(counts.duplicates).toBe(2)
  expect(counts.distinctDuplicates).toBe(0)
  const rows = await deliveriesOf(payload, issue.id)
  expect(rows.every((row) => row.status === 'sent')).toBe(true)
})

test('a scheduled issue starts by itself when its time has come', async () => {
  const { area, readers } = await cohort([{ locale: 'de' }, { locale: 'en' }])
  const issue = await createIssue(payload, { audience: { interests: [area] } })
  await payload.update({ collection: 'newsletter-issues', id: issue.id, data: { status: 'scheduled', scheduledAt: new Date(Date.now() + 1500).toISOString() }, overrideAccess: true })
  dispatch(500)
  await new Promise((resolve) => setTimeout(resolve, 500))
  expect(await status(issue.id)).toBe('scheduled')
  await waitFor(async () => (await status(issue.id)) === 'sent')
  expect(tally(inbox.received, readers.map((reader) => reader.email))).toMatchObject({ missing: 0, duplicates: 0 })
})
