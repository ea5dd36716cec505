import type { Payload } from 'payload'
import { attempt } from '../../support/attempt'
import { startPayload, stopPayload } from '../../support/payload'
import { createUser, type TestUser } from '../../support/users'
import { closeRouteHandlers, graphqlQuery, rest, tokenFor } from '../../api/http'
import { createIssue, paragraph } from './fixtures'

let payload: Payload
let translator: TestUser, editor: TestUser, admin: TestUser
const tokens: Record<string, string> = {}

beforeAll(async () => {
  payload = await startPayload()
  translator = await createUser(payload, 'translator', ['es'])
  editor = await createUser(payload, 'editor')
  admin = await createUser(payload, 'admin')
  tokens.translator = await tokenFor(payload, translator)
  tokens.editor = await tokenFor(payload, editor)
  tokens.admin = await tokenFor(payload, admin)
})
afterAll(async () => {
  await closeRouteHandlers()
  await stopPayload(payload)
})

const as = (user: TestUser | null) => (user ? { user, overrideAccess: false as const } : { overrideAccess: false as const })
const newIssue = { status: 'draft' as const, subject: 'Neu', body: paragraph('Text') as never }
const statusOf = async (id: number) => (await payload.findByID({ collection: 'newsletter-issues', id, overrideAccess: true })).status

describe('newsletter issues over the Local API, as a user', () => {
  test('the public reads, creates, changes and deletes nothing', async () => {
    const issue = await createIssue(payload)
    expect(await attempt(() => payload.findByID({ collection: 'newsletter-issues', id: issue.id, ...as(null) }))).toBe('refused')
    expect(await attempt(() => payload.create({ collection: 'newsletter-issues', data: newIssue, ...as(null) }))).toBe('refused')
    expect(await attempt(() => payload.update({ collection: 'newsletter-issues', id: issue.id, data: { subject: 'x' }, ...as(null) }))).toBe('refused')
    expect(await attempt(() => payload.delete({ collection: 'newsletter-issues', id: issue.id, ...as(null) }))).toBe('refused')
  })

  test('a translator translates a draft in their locale, and nothing else', async () => {
    const issue = await createIssue(payload)
    const write = (locale: 'de' | 'es', data: Record<string, unknown>) =>
      attempt(() => payload.update({ collection: 'newsletter-issues', id: issue.id, locale, data, ...as(translator) }))
    expect(await attempt(() => payload.findByID({ collection: 'newsletter-issues', id: issue.id, ...as(translator) }))).toBe('ok')
    expect(await write('es', { subject: 'Edición', body: paragraph('Texto') })).toBe('ok')
    expect(await write('de', { subject: 'Anders' })).toBe('refused')
    expect(await write('es', { status: 'sending' })).toBe('refused')
    expect(await write('es', { audience: { languages: ['es'] } })).toBe('refused')
    expect(await attempt(() => payload.create({ collection: 'newsletter-issues', data: newIssue, ...as(translator) }))).toBe('refused')
    expect(await attempt(() => payload.delete({ collection: 'newsletter-issues', id: issue.id, ...as(translator) }))).toBe('refused')
    // Once scheduled, the text is the editors' again.
    await payload.update({ collection: 'newsletter-issues', id: issue.id, data: { status: 'scheduled', scheduledAt: '2099-01-01T08:00:00.000Z' }, overrideAccess: true })
    expect(await write('es', { subject: 'Otra' })).toBe('refused')
    expect(await statusOf(issue.id)).toBe('scheduled')
  })

  test('an editor moves an issue along its path only: never to sent, never back from sending', async () => {
    const issue = await payload.create({ collection: 'newsletter-issues', data: newIssue, ...as(editor) })
    const move = (status: string) => attempt(() => payload.update({ collection: 'newsletter-issues', id: issue.id, data: { status: status as never }, ...as(editor) }))
    expect(await move('sent')).toBe('refused')
    expect(await move('paused')).toBe('refused')
    expect(await move('sending')).toBe('ok')
    expect(await move('draft')).toBe('refused')
    expect(await attempt(() => payload.update({ collection: 'newsletter-issues', id: issue.id, data: { subject: 'Geändert' }, ...as(editor) }))).toBe('refused')
    expect(await move('paused')).toBe('ok')
    expect(await move('sending')).toBe('ok')
    expect(await statusOf(issue.id)).toBe('sending')
    expect(await attempt(() => payload.create({ collection: 'newsletter-issues', data: { ...newIssue, status: 'sent' }, ...as(editor) }))).toBe('refused')
  })

  test('scheduling needs a time; an editor deletes a draft', async () => {
    const issue = await payload.create({ collection: 'newsletter-issues', data: newIssue, ...as(editor) })
    await expect(payload.update({ collection: 'newsletter-issues', id: issue.id, data: { status: 'scheduled' }, ...as(editor) })).rejects.toMatchObject({ status: 400 })
    expect(await attempt(() => payload.delete({ collection: 'newsletter-issues', id: issue.id, ...as(editor) }))).toBe('ok')
  })

  test('deliveries: admins read them, nobody writes them, editors and translators see none', async () => {
    const issue = await createIssue(payload)
    await payload.update({ collection: 'newsletter-issues', id: issue.id, data: { status: 'sending' }, overrideAccess: true })
    expect(await attempt(() => payload.find({ collection: 'newsletter-deliveries', ...as(admin) }))).toBe('ok')
    expect(await attempt(() => payload.find({ collection: 'newsletter-deliveries', ...as(editor) }))).toBe('refused')
    expect(await attempt(() => payload.find({ collection: 'newsletter-deliveries', ...as(translator) }))).toBe('refused')
    const data = { issue: issue.id, subscriberId: 999999, locale: 'de' as const, status: 'sent' as const, attempts: 0 }
    expect(await attempt(() => payload.create({ collection: 'newsletter-deliveries', data, ...as(admin) }))).toBe('refused')
    expect(await attempt(() => payload.update({ collection: 'newsletter-deliveries', where: {}, data: { status: 'pending' }, ...as(admin) }).then((r) => { if (r.errors.length) throw Object.assign(new Error('refused'), { status: 403 }) }))).toBe('refused')
  })
})

describe('newsletter issues over REST', () => {
  test('refused to the public, read by a translator, sent by an editor, refused a jump to sent', async () => {
    const issue = await createIssue(payload)
    expect((await rest('GET', `newsletter-issues/${issue.id}`)).status).toBe(403)
    expect((await rest('GET', `newsletter-issues/${issue.id}`, { token: tokens.translator })).status).toBe(200)
    expect((await rest('PATCH', `newsletter-issues/${issue.id}?locale=es`, { token: tokens.translator, body: { status: 'sending' } })).status).toBe(403)
    expect((await rest('PATCH', `newsletter-issues/${issue.id}`, { token: tokens.editor, body: { status: 'sent' } })).status).toBe(403)
    expect((await rest('PATCH', `newsletter-issues/${issue.id}`, { token: tokens.editor, body: { status: 'sending' } })).status).toBe(200)
    expect(await statusOf(issue.id)).toBe('sending')
    expect((await rest('GET', 'newsletter-deliveries', { token: tokens.editor })).status).toBe(403)
    expect((await rest('GET', 'newsletter-deliveries', { token: tokens.admin })).status).toBe(200)
  })

  test('the dispatch endpoints answer staff by role and refuse everyone else', async () => {
    const issue = await createIssue(payload, { translations: ['es'] })
    expect((await rest('GET', `newsletter-issues/${issue.id}/summary`)).status).toBe(401)
    expect((await rest('GET', `newsletter-issues/${issue.id}/summary`, { token: tokens.translator })).status).toBe(403)
    const summary = await rest('GET', `newsletter-issues/${issue.id}/summary`, { token: tokens.editor })
    expect(summary.status).toBe(200)
    expect(summary.json).toHaveProperty('fallsBackToGerman')
    expect((await rest('GET', `newsletter-issues/${issue.id}/progress`, { token: tokens.translator })).status).toBe(403)
    expect((await rest('GET', `newsletter-issues/${issue.id}/progress`, { token: tokens.editor })).status).toBe(200)
    const preview = await rest('GET', `newsletter-issues/${issue.id}/preview?language=es`, { token: tokens.translator })
    expect(preview.status).toBe(200)
    expect(String(preview.json.html)).toContain('lang="es"')
    expect((await rest('GET', `newsletter-issues/${issue.id}/preview?language=fr`, { token: tokens.editor })).status).toBe(400)
    expect((await rest('GET', `newsletter-issues/${issue.id}/preview`)).status).toBe(401)
    expect((await rest('POST', `newsletter-issues/${issue.id}/test-send`, { token: tokens.translator, body: { language: 'es' } })).status).toBe(403)
    expect((await rest('GET', `newsletter-issues/abc/summary`, { token: tokens.editor })).status).toBe(404)
    expect((await rest('GET', `newsletter-issues/99999999/summary`, { token: tokens.editor })).status).toBe(404)
  })
})

describe('newsletter issues over GraphQL', () => {
  test('the public reads none; a translator cannot change the status; an editor cannot jump to sent', async () => {
    const issue = await createIssue(payload)
    const read = await graphqlQuery(`{ NewsletterIssues { docs { id subject } } }`)
    expect(read.json.data?.NewsletterIssues ?? null).toBeNull()
    expect(read.json.errors?.length).toBeGreaterThan(0)
    const mutate = (token: string, status: string) =>
      graphqlQuery(`mutation { updateNewsletterIssue(id: ${issue.id}, locale: es, data: { status: ${status} }) { status } }`, token)
    expect((await mutate(tokens.translator, 'sending')).json.errors?.length).toBeGreaterThan(0)
    expect((await mutate(tokens.editor, 'sent')).json.errors?.length).toBeGreaterThan(0)
    expect(await statusOf(issue.id)).toBe('draft')
    const asEditor = await graphqlQuery(`{ NewsletterIssues(limit: 100) { docs { id } } }`, tokens.editor)
    expect(((asEditor.json.data?.NewsletterIssues as { docs: { id: number }[] }).docs ?? []).map((doc) => doc.id)).toContain(issue.id)
  })
})
