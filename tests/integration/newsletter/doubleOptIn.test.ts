import type { Payload } from 'payload'
import { signUp } from '@/newsletter/signUp'
import { newsletterWrites } from '@/newsletter/writeContext'
import { closeRouteHandlers, graphqlQuery, rest, tokenFor } from '../api/http'
import { attempt } from '../support/attempt'
import { startPayload, stopPayload } from '../support/payload'
import { createUser, type TestUser } from '../support/users'
import { subscriberByEmail, uniqueAddress, uniqueIp } from './support'

let payload: Payload
let admin: TestUser
let editor: TestUser
let adminToken: string

beforeAll(async () => {
  payload = await startPayload()
  admin = await createUser(payload, 'admin')
  editor = await createUser(payload, 'editor')
  adminToken = await tokenFor(payload, admin)
})
afterAll(async () => {
  await closeRouteHandlers()
  await stopPayload(payload)
})

async function pendingReader() {
  const email = uniqueAddress()
  await signUp(payload, { email, consent: true, locale: 'de', interests: [], website: '' }, { ip: uniqueIp() })
  const [subscriber] = await subscriberByEmail(payload, email)
  expect(subscriber.status).toBe('pending')
  return subscriber
}

const confirmedData = (email: string) => ({ email, status: 'confirmed' as const, locale: 'de' as const, confirmedAt: new Date().toISOString() })

describe('nobody creates a subscriber around the double opt-in', () => {
  test.each([
    ['an admin', () => admin],
    ['an editor', () => editor],
    ['the public', () => undefined],
  ])('%s cannot through the Local API with a user', async (_name, user) => {
    const email = uniqueAddress('local')
    const outcome = await attempt(() => payload.create({ collection: 'subscribers', data: confirmedData(email), user: user(), overrideAccess: false }))
    expect(outcome).toBe('refused')
    expect(await subscriberByEmail(payload, email)).toHaveLength(0)
  })

  test('server code without the newsletter flow cannot either, even with overrideAccess', async () => {
    const email = uniqueAddress('server')
    await expect(payload.create({ collection: 'subscribers', data: confirmedData(email), overrideAccess: true })).rejects.toMatchObject({ status: 403 })
    expect(await subscriberByEmail(payload, email)).toHaveLength(0)
  })

  test('an admin cannot over REST (the admin panel uses it) nor GraphQL', async () => {
    const email = uniqueAddress('rest')
    expect((await rest('POST', 'subscribers', { token: adminToken, body: confirmedData(email) })).status).toBe(403)
    const graphql = await graphqlQuery(
      `mutation { createSubscriber(data: { email: "${email}", status: confirmed, locale: de }) { id } }`,
      adminToken,
    )
    expect(graphql.json.data?.createSubscriber ?? null).toBeNull()
    expect(graphql.json.errors?.length).toBeGreaterThan(0)
    expect(await subscriberByEmail(payload, email)).toHaveLength(0)
  })

  test('only the sign-up creates one, pending, with a consent record', async () => {
    const subscriber = await pendingReader()
    expect((await payload.count({ collection: 'consent-records', where: { subscriber: { equals: subscriber.id } } })).totalDocs).toBe(1)
  })
})

describe('nobody sets a subscriber confirmed around the double opt-in', () => {
  test.each([
    ['an admin', () => admin],
    ['an editor', () => editor],
  ])('%s cannot through the Local API with a user', async (_name, user) => {
    const { id } = await pendingReader()
    const outcome = await attempt(() =>
      payload.update({ collection: 'subscribers', id, data: { status: 'confirmed' }, user: user(), overrideAccess: false }),
    )
    expect(outcome).toBe('refused')
    expect((await payload.findByID({ collection: 'subscribers', id })).status).toBe('pending')
  })

  test('an admin cannot over REST nor GraphQL', async () => {
    const { id } = await pendingReader()
    expect((await rest('PATCH', `subscribers/${id}`, { token: adminToken, body: { status: 'confirmed' } })).status).toBe(403)
    expect((await rest('PATCH', `subscribers?where[id][equals]=${id}`, { token: adminToken, body: { status: 'confirmed' } })).status).toBe(403)
    const graphql = await graphqlQuery(`mutation { updateSubscriber(id: ${id}, data: { status: confirmed }) { status } }`, adminToken)
    expect(graphql.json.data?.updateSubscriber ?? null).toBeNull()
    expect((await payload.findByID({ collection: 'subscribers', id })).status).toBe('pending')
  })

  test('server code without the newsletter flow cannot set status, confirmation date or address', async () => {
    const { id, email } = await pendingReader()
    for (const data of [{ status: 'confirmed' as const }, { confirmedAt: new Date().toISOString() }, { email: uniqueAddress('other') }]) {
      await expect(payload.update({ collection: 'subscribers', id, data, overrideAccess: true })).rejects.toMatchObject({ status: 403 })
    }
    expect(await payload.findByID({ collection: 'subscribers', id })).toMatchObject({ email, status: 'pending', confirmedAt: null })
    // What the double opt-in does not decide stays writable for server code (e.g. the outbox's bookkeeping).
    await payload.update({ collection: 'subscribers', id, data: { lastMailSentAt: null }, overrideAccess: true })
    // And the flow's own context may.
    await payload.update({ collection: 'subscribers', id, data: { status: 'confirmed' }, overrideAccess: true, context: newsletterWrites })
    expect((await payload.findByID({ collection: 'subscribers', id })).status).toBe('confirmed')
  })
})

test('an admin deleting a subscriber in the admin erases them: the consent records lose the person', async () => {
  const { id } = await pendingReader()
  const [record] = (await payload.find({ collection: 'consent-records', where: { subscriber: { equals: id } } })).docs
  expect((await rest('DELETE', `subscribers/${id}`, { token: adminToken })).status).toBe(200)
  expect((await payload.count({ collection: 'consent-records', where: { subscriber: { equals: id } } })).totalDocs).toBe(0)
  // Never confirmed, it proved nothing: it is gone, not kept anonymised.
  expect(await payload.findByID({ collection: 'consent-records', id: record.id, disableErrors: true })).toBeNull()
  const editorToken = await tokenFor(payload, editor)
  const other = await pendingReader()
  expect((await rest('DELETE', `subscribers/${other.id}`, { token: editorToken })).status).toBe(403)
})
