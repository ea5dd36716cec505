import type { Payload, SanitizedConfig } from 'payload'
import { confirmSignUp } from '@/newsletter/confirm'
import { purgeUnconfirmed } from '@/newsletter/purge'
import { signUp } from '@/newsletter/signUp'
import { newConfirmationToken } from '@/newsletter/tokens'
import { attempt } from '../support/attempt'
import config from '@payload-config'
import { getPayload } from 'payload'
import { stopPayload } from '../support/payload'
import type { User } from '@/payload-types'
import { restClient, subscriberByEmail, uniqueAddress, uniqueIp } from './support'

let payload: Payload
let api: ReturnType<typeof restClient>
type Staff = User & { collection: 'users'; password: string }
let admin: Staff
let editor: Staff

async function createStaff(role: 'admin' | 'editor'): Promise<Staff> {
  const password = `pw-${Math.random().toString(36).slice(2)}-${Date.now()}`
  const user = await payload.create({
    collection: 'users',
    data: { email: uniqueAddress(role), password, role, locales: [] },
    overrideAccess: true,
  })
  return { ...user, collection: 'users', password }
}

beforeAll(async () => {
  // One instance under a known key, so REST requests (handleEndpoints) reach this same one.
  const key = `data-rights-${Math.random()}`
  payload = await getPayload({ config, key })
  api = restClient(config as unknown as Promise<SanitizedConfig>, key)
  admin = await createStaff('admin')
  editor = await createStaff('editor')
})
afterAll(() => stopPayload(payload))

async function confirmedSubscriber(locale: 'de' | 'es' | 'en' = 'de') {
  const email = uniqueAddress()
  await signUp(payload, { email, consent: true, locale, interests: [], website: '' }, { ip: uniqueIp() })
  const [subscriber] = await subscriberByEmail(payload, email)
  // Skip the mail: put a known token in place and confirm with it.
  const token = newConfirmationToken()
  await payload.update({ collection: 'subscribers', id: subscriber.id, data: { tokenHash: token.hash }, overrideAccess: true })
  expect((await confirmSignUp(payload, token.token)).status).toBe('confirmed')
  return { email, id: subscriber.id }
}

async function login(user: Staff): Promise<string> {
  const { token } = await payload.login({ collection: 'users', data: { email: user.email, password: user.password } })
  return `JWT ${token}`
}

test('an admin exports one subscriber with their consent records as JSON', async () => {
  const { email, id } = await confirmedSubscriber('es')
  const response = await api('GET', `/api/subscribers/${id}/export`, { auth: await login(admin) })
  expect(response.status).toBe(200)
  expect(response.headers.get('content-disposition')).toContain(`subscriber-${id}.json`)
  const data = await response.json()
  expect(data.subscriber).toMatchObject({ email, status: 'confirmed', locale: 'es' })
  expect(data.consentRecords).toHaveLength(1)
  expect(data.consentRecords[0]).toMatchObject({ purpose: 'newsletter', language: 'es' })
  expect(JSON.stringify(data)).not.toMatch(/tokenHash|ipHash/)
})

test('an editor and the public can neither export nor erase', async () => {
  const { id } = await confirmedSubscriber()
  expect((await api('GET', `/api/subscribers/${id}/export`, { auth: await login(editor) })).status).toBe(403)
  expect((await api('GET', `/api/subscribers/${id}/export`)).status).toBe(403)
  expect((await api('POST', `/api/subscribers/${id}/erase`)).status).toBe(403)
})

test('erasure deletes the subscriber and strips the person from the consent records', async () => {
  const { email, id } = await confirmedSubscriber()
  const response = await api('POST', `/api/subscribers/${id}/erase`, { auth: await login(admin) })
  expect(response.status).toBe(200)
  expect(await subscriberByEmail(payload, email)).toHaveLength(0)
  const { docs } = await payload.find({ collection: 'consent-records', where: { erasedAt: { exists: true } }, pagination: false })
  const erased = docs.filter((record) => record.subscriber === null && record.ipHash === null)
  expect(erased.length).toBeGreaterThan(0)
  expect(erased.every((record) => record.confirmedAt && record.noticeHash)).toBe(true)
})

test('unconfirmed sign-ups are purged once their link has expired, confirmed ones stay', async () => {
  const stale = uniqueAddress('stale')
  const fresh = uniqueAddress('fresh')
  const twoDaysAgo = new Date(Date.now() - 49 * 60 * 60 * 1000)
  await signUp(payload, { email: stale, consent: true, locale: 'de', interests: [], website: '' }, { ip: uniqueIp(), now: twoDaysAgo })
  await signUp(payload, { email: fresh, consent: true, locale: 'de', interests: [], website: '' }, { ip: uniqueIp() })
  const kept = await confirmedSubscriber()
  const [staleRow] = await subscriberByEmail(payload, stale)

  const { purged } = await purgeUnconfirmed(payload)
  expect(purged).toBeGreaterThanOrEqual(1)
  expect(await subscriberByEmail(payload, stale)).toHaveLength(0)
  expect(await subscriberByEmail(payload, fresh)).toHaveLength(1)
  expect(await subscriberByEmail(payload, kept.email)).toHaveLength(1)
  expect((await payload.count({ collection: 'consent-records', where: { subscriber: { equals: staleRow.id } } })).totalDocs).toBe(0)
})

test('the purge runs as a Payload job', async () => {
  const stale = uniqueAddress('job')
  await signUp(payload, { email: stale, consent: true, locale: 'en', interests: [], website: '' }, {
    ip: uniqueIp(),
    now: new Date(Date.now() - 49 * 60 * 60 * 1000),
  })
  await payload.jobs.queue({ task: 'purgeUnconfirmedSubscribers', input: {} })
  await payload.jobs.run()
  expect(await subscriberByEmail(payload, stale)).toHaveLength(0)
})

test('subscribers are unreadable for the public and editors, through the Local API and REST', async () => {
  const { id } = await confirmedSubscriber()
  for (const user of [undefined, editor]) {
    expect(await attempt(() => payload.findByID({ collection: 'subscribers', id, user, overrideAccess: false }))).toBe('refused')
    const list = await payload.find({ collection: 'subscribers', user, overrideAccess: false }).catch((error) => error)
    expect(list.status ?? 0).toBe(403)
  }
  expect((await api('GET', `/api/subscribers/${id}`)).status).toBe(403)
  expect((await api('GET', '/api/subscribers', { auth: await login(editor) })).status).toBe(403)
  const graphql = await api('POST', '/api/graphql', {
    json: { query: '{ Subscribers { docs { email } } }' },
    auth: await login(editor),
  })
  expect(JSON.stringify(await graphql.json())).not.toContain('@example.org')
})

test('the token hash is never shown, not even to an admin', async () => {
  const { id } = await confirmedSubscriber()
  const doc = await payload.findByID({ collection: 'subscribers', id, user: admin, overrideAccess: false })
  expect(doc).not.toHaveProperty('tokenHash')
})

test('nobody can create, change or delete a consent record through the API, not even an admin', async () => {
  const { id } = await confirmedSubscriber()
  const { docs } = await payload.find({ collection: 'consent-records', where: { subscriber: { equals: id } }, overrideAccess: true })
  const record = docs[0]
  for (const user of [admin, editor, undefined]) {
    const as = { user, overrideAccess: false as const }
    expect(await attempt(() => payload.update({ collection: 'consent-records', id: record.id, data: { language: 'en' }, ...as }))).toBe('refused')
    expect(await attempt(() => payload.delete({ collection: 'consent-records', id: record.id, ...as }))).toBe('refused')
    expect(
      await attempt(() =>
        payload.create({
          collection: 'consent-records',
          data: { purpose: 'newsletter', language: 'de', noticeVersion: 'x', noticeHash: 'x', givenAt: new Date().toISOString() },
          ...as,
        }),
      ),
    ).toBe('refused')
  }
  expect((await api('DELETE', `/api/consent-records/${record.id}`, { auth: await login(admin) })).status).toBe(403)
  const admins = await payload.findByID({ collection: 'consent-records', id: record.id, user: admin, overrideAccess: false })
  expect(admins.id).toBe(record.id)
  // Even server code cannot rewrite a fact once written.
  await expect(
    payload.update({ collection: 'consent-records', id: record.id, data: { noticeHash: 'forged' }, overrideAccess: true }),
  ).rejects.toThrow(/fixed/)
})
