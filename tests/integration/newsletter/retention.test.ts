import type { Payload, SanitizedConfig } from 'payload'
import config from '@payload-config'
import { getPayload } from 'payload'
import { requireSecret } from '@/lib/env'
import { hashSubject } from '@/newsletter/ledger'
import { eraseAfterWithdrawal } from '@/newsletter/retention'
import { signUp } from '@/newsletter/signUp'
import { unsubscribeToken } from '@/newsletter/tokens'
import { unsubscribe } from '@/newsletter/unsubscribe'
import { stopPayload } from '../support/payload'
import { createUser, type TestUser } from '../support/users'
import { confirmedReader } from './readers'
import { restClient, subscriberByEmail, uniqueAddress, uniqueIp } from './support'

let payload: Payload
let api: ReturnType<typeof restClient>
let admin: TestUser
let editor: TestUser
const DAY = 24 * 60 * 60 * 1000

beforeAll(async () => {
  const key = `retention-${Math.random()}`
  payload = await getPayload({ config, key })
  api = restClient(config as unknown as Promise<SanitizedConfig>, key)
  admin = await createUser(payload, 'admin')
  editor = await createUser(payload, 'editor')
})
afterAll(() => stopPayload(payload))

const login = async (user: TestUser) => {
  const { token } = await payload.login({ collection: 'users', data: { email: user.email, password: user.password } })
  return `JWT ${token}`
}

const reader = (email = uniqueAddress(), at = new Date()) => confirmedReader(payload, { email, at })

const withdraw = (id: number, at: Date) => unsubscribe(payload, id, unsubscribeToken(requireSecret(), id), at)

test('an address withdrawn longer ago than the retention period is erased; its consent history stays, pseudonymised', async () => {
  const longAgo = new Date(Date.now() - 40 * DAY)
  const old = await reader(uniqueAddress('old'), longAgo)
  await withdraw(old.id, new Date(Date.now() - 31 * DAY))
  const recent = await reader(uniqueAddress('recent'))
  await withdraw(recent.id, new Date(Date.now() - 29 * DAY))
  const active = await reader(uniqueAddress('active'), longAgo)
  const [before] = (await payload.find({ collection: 'consent-records', where: { subscriber: { equals: old.id } } })).docs

  const { erased } = await eraseAfterWithdrawal(payload, new Date(), 30)
  expect(erased).toBeGreaterThanOrEqual(1)
  expect(await subscriberByEmail(payload, old.email)).toHaveLength(0)
  expect(await subscriberByEmail(payload, recent.email)).toHaveLength(1)
  expect(await subscriberByEmail(payload, active.email)).toHaveLength(1)

  const after = await payload.findByID({ collection: 'consent-records', id: before.id })
  expect(after).toMatchObject({
    subscriber: null,
    subjectHash: hashSubject(requireSecret(), old.email),
    noticeHash: before.noticeHash,
    givenAt: before.givenAt,
    confirmedAt: before.confirmedAt,
    withdrawnAt: before.withdrawnAt,
    ipHash: before.ipHash,
  })
  expect(after.erasedAt).toBeTruthy()
  expect(JSON.stringify(after)).not.toContain(old.email)
})

test('a withdrawn reader who signed up again is not erased; a suppressed one past the period is', async () => {
  const back = await reader(uniqueAddress('back'), new Date(Date.now() - 60 * DAY))
  await withdraw(back.id, new Date(Date.now() - 50 * DAY))
  await signUp(payload, { email: back.email, consent: true, locale: 'de', interests: [], website: '' }, { ip: uniqueIp() })
  const bounced = await reader(uniqueAddress('bounced'))
  await payload.update({
    collection: 'subscribers',
    id: bounced.id,
    data: { status: 'suppressed', suppressedAt: new Date(Date.now() - 31 * DAY).toISOString(), suppressionReason: 'hard-bounce' },
    overrideAccess: true,
    context: { newsletterFlow: true },
  })
  await eraseAfterWithdrawal(payload, new Date(), 30)
  expect((await subscriberByEmail(payload, back.email))[0]?.status).toBe('pending')
  expect(await subscriberByEmail(payload, bounced.email)).toHaveLength(0)
})

test('the hourly purge job erases withdrawn addresses too (NEWSLETTER_RETENTION_DAYS, default 30)', async () => {
  const old = await reader(uniqueAddress('job'), new Date(Date.now() - 90 * DAY))
  await withdraw(old.id, new Date(Date.now() - 31 * DAY))
  await payload.jobs.queue({ task: 'purgeUnconfirmedSubscribers', input: {} })
  await payload.jobs.run()
  expect(await subscriberByEmail(payload, old.email)).toHaveLength(0)
})

test('an admin downloads the confirmed subscribers as CSV with consent dates; formulas are defused', async () => {
  const plain = await reader(uniqueAddress('csv'))
  const formula = await reader(`=1+2-${Date.now()}@d${Math.random().toString(36).slice(2, 8)}.example.org`)
  const gone = await reader(uniqueAddress('csvgone'))
  await withdraw(gone.id, new Date())
  const response = await api('GET', '/api/subscribers/confirmed-csv', { auth: await login(admin) })
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toContain('text/csv')
  expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="confirmed-subscribers-\d{4}-\d\d-\d\d\.csv"/)
  const lines = (await response.text()).trim().split('\n')
  expect(lines[0]).toBe('email,language,subscribedAt,consentGivenAt,consentConfirmedAt,privacyNoticeVersion')
  const row = lines.find((line) => line.startsWith(plain.email))!.split(',')
  expect(row[1]).toBe('de')
  for (const cell of [row[2], row[3], row[4]]) expect(Number.isNaN(Date.parse(cell))).toBe(false)
  expect(lines.some((line) => line.startsWith(`'${formula.email}`))).toBe(true)
  expect(lines.some((line) => line.startsWith('='))).toBe(false)
  expect(lines.some((line) => line.includes(gone.email))).toBe(false)
})

test('editors and the public get no CSV', async () => {
  expect((await api('GET', '/api/subscribers/confirmed-csv', { auth: await login(editor) })).status).toBe(403)
  expect((await api('GET', '/api/subscribers/confirmed-csv')).status).toBe(403)
})
