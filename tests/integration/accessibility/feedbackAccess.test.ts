import type { Payload } from 'payload'
import { closeRouteHandlers, graphqlQuery, rest, tokenFor } from '../api/http'
import { startPayload, stopPayload } from '../support/payload'
import { createUser } from '../support/users'

// Barrier reports over REST and GraphQL (the Local API cells are in access/matrix.test.ts):
// the public reads nothing and creates nothing (the form's endpoint is the one way in),
// editors read them and set the status but cannot change what the reader wrote.
let payload: Payload
let report: number
let tokens: Record<'translator' | 'editor' | 'admin', string>
beforeAll(async () => {
  payload = await startPayload()
  report = (await payload.create({ collection: 'accessibility-feedback', data: { message: 'Der Kontrast der Fußzeile ist zu schwach.', email: 'leser@example.org', locale: 'de', status: 'new' } })).id
  tokens = {
    translator: await tokenFor(payload, await createUser(payload, 'translator', ['es'])),
    editor: await tokenFor(payload, await createUser(payload, 'editor')),
    admin: await tokenFor(payload, await createUser(payload, 'admin')),
  }
})
afterAll(async () => {
  await closeRouteHandlers()
  await stopPayload(payload)
})

describe('REST', () => {
  it('the public and translators cannot list or open reports', async () => {
    expect((await rest('GET', 'accessibility-feedback')).status).toBe(403)
    expect((await rest('GET', `accessibility-feedback/${report}`)).status).toBe(403)
    expect((await rest('GET', 'accessibility-feedback', { token: tokens.translator })).status).toBe(403)
  })

  it('editors and admins list reports', async () => {
    for (const token of [tokens.editor, tokens.admin]) {
      const list = await rest('GET', 'accessibility-feedback?depth=0', { token })
      expect(list.status).toBe(200)
      expect((list.json.docs as { id: number }[]).map((doc) => doc.id)).toContain(report)
    }
  })

  it('nobody creates a report through the collection, not even an admin', async () => {
    const body = { message: 'Eine Meldung an der Form vorbei.', locale: 'de' }
    expect((await rest('POST', 'accessibility-feedback', { body })).status).toBe(403)
    expect((await rest('POST', 'accessibility-feedback', { body, token: tokens.admin })).status).toBe(403)
  })

  it('an editor sets the status; what the reader wrote stays as written', async () => {
    const answer = await rest('PATCH', `accessibility-feedback/${report}`, { token: tokens.editor, body: { status: 'in-progress', message: 'geändert' } })
    expect(answer.status).toBe(200)
    const stored = await payload.findByID({ collection: 'accessibility-feedback', id: report })
    expect(stored.status).toBe('in-progress')
    expect(stored.message).toBe('Der Kontrast der Fußzeile ist zu schwach.')
  })

  it('only admins delete', async () => {
    const doomed = (await payload.create({ collection: 'accessibility-feedback', data: { message: 'Zum Löschen gedacht.', locale: 'de', status: 'new' } })).id
    expect((await rest('DELETE', `accessibility-feedback/${doomed}`)).status).toBe(403)
    expect((await rest('DELETE', `accessibility-feedback/${doomed}`, { token: tokens.editor })).status).toBe(403)
    expect((await rest('DELETE', `accessibility-feedback/${doomed}`, { token: tokens.admin })).status).toBe(200)
  })
})

describe('GraphQL', () => {
  it('the public cannot read reports', async () => {
    const { json } = await graphqlQuery('{ AccessibilityFeedbacks { docs { message email } } }')
    expect(json.data?.AccessibilityFeedbacks ?? null).toBeNull()
    expect(json.errors?.[0]?.message).toMatch(/keine Berechtigung/)
  })

  it('an editor reads them', async () => {
    const { json } = await graphqlQuery('{ AccessibilityFeedbacks(limit: 100) { docs { id } } }', tokens.editor)
    expect((json.data?.AccessibilityFeedbacks as { docs: { id: number }[] }).docs.map((doc) => doc.id)).toContain(report)
  })

  it('nobody creates one', async () => {
    const mutation = 'mutation { createAccessibilityFeedback(data: { message: "An der Form vorbei", locale: de, status: new }) { id } }'
    for (const token of [undefined, tokens.admin]) {
      const { json } = await graphqlQuery(mutation, token)
      expect(json.data?.createAccessibilityFeedback ?? null).toBeNull()
      expect(json.errors?.[0]?.message).toMatch(/keine Berechtigung/)
    }
  })
})
