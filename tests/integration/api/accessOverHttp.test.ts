import type { Payload } from 'payload'
import { startPayload, stopPayload } from '../support/payload'
import { createUser } from '../support/users'
import { closeRouteHandlers, graphqlQuery, rest, tokenFor } from './http'
import { newsletterWrites } from '@/newsletter/writeContext'

let payload: Payload
let published: number, draft: number
beforeAll(async () => {
  payload = await startPayload()
  const base = { partnerCountry: { code: 'MX', name: 'Mexiko' } }
  published = (await payload.create({ collection: 'dialogues', data: { ...base, title: 'HTTP öffentlich', _status: 'published' } })).id
  draft = (await payload.create({ collection: 'dialogues', draft: true, data: { ...base, title: 'HTTP Entwurf', _status: 'draft' } })).id
  await payload.create({ collection: 'subscribers', data: { email: 'http-reader@example.org', status: 'confirmed', locale: 'de' }, context: newsletterWrites })
})
afterAll(async () => {
  await closeRouteHandlers()
  await stopPayload(payload)
})

describe('access over REST', () => {
  it('the public lists published dialogues only and cannot open a draft', async () => {
    const list = await rest('GET', 'dialogues?limit=100&depth=0')
    expect(list.status).toBe(200)
    const ids = (list.json.docs as { id: number }[]).map((doc) => doc.id)
    expect(ids).toContain(published)
    expect(ids).not.toContain(draft)
    expect((await rest('GET', `dialogues/${draft}`)).status).toBe(404)
  })

  it('subscribers are refused to the public and to editors, and shown to admins', async () => {
    expect((await rest('GET', 'subscribers')).status).toBe(403)
    const editor = await tokenFor(payload, await createUser(payload, 'editor'))
    expect((await rest('GET', 'subscribers', { token: editor })).status).toBe(403)
    const admin = await tokenFor(payload, await createUser(payload, 'admin'))
    const asAdmin = await rest('GET', 'subscribers?depth=0', { token: admin })
    expect(asAdmin.status).toBe(200)
    expect((asAdmin.json.docs as { email: string }[]).map((doc) => doc.email)).toContain('http-reader@example.org')
  })

  it('a translator for es may translate over REST but not write German', async () => {
    const topic = await payload.create({ collection: 'topics', data: { title: 'HTTP Thema' } })
    const token = await tokenFor(payload, await createUser(payload, 'translator', ['es']))
    expect((await rest('PATCH', `topics/${topic.id}?locale=es`, { token, body: { title: 'Tema HTTP' } })).status).toBe(200)
    expect((await rest('PATCH', `topics/${topic.id}?locale=de`, { token, body: { title: 'Anders' } })).status).toBe(403)
    expect((await payload.findByID({ collection: 'topics', id: topic.id, locale: 'de' })).title).toBe('HTTP Thema')
  })
})

describe('access over GraphQL', () => {
  it('the public sees published dialogues only', async () => {
    const { json } = await graphqlQuery('{ Dialogues(limit: 100) { docs { id } } }')
    const ids = ((json.data?.Dialogues as { docs: { id: number }[] }).docs ?? []).map((doc) => doc.id)
    expect(ids).toContain(published)
    expect(ids).not.toContain(draft)
  })

  it('the public cannot read subscribers', async () => {
    const { json } = await graphqlQuery('{ Subscribers { docs { email } } }')
    expect(json.data?.Subscribers ?? null).toBeNull()
    expect(json.errors?.[0]?.message).toBeTruthy()
  })
})
