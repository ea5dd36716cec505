import type { Payload } from 'payload'
import { closeRouteHandlers, rest, tokenFor } from '../api/http'
import { startPayload, stopPayload } from '../support/payload'
import { createUser } from '../support/users'

// The statement (BITV 2.0 § 7) and the Leichte Sprache / DGS pages (§ 4) have a structure the
// content model enforces on publishing: drafts may be incomplete, a published one may not.
let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await closeRouteHandlers()
  await stopPayload(payload)
})

const unique = () => Math.random().toString(36).slice(2, 8)

const completeStatement = {
  conformance: 'partial',
  method: 'self-assessment',
  preparedOn: '2026-11-01T12:00:00.000Z',
  lastReviewedOn: '2026-12-01T12:00:00.000Z',
  barriers: [{ content: 'Videos ohne Gebärdensprache', reason: 'Noch nicht gedreht.', alternative: 'Text in Leichter Sprache.' }],
  contact: { email: 'barrierefreiheit@example.org' },
}

// Pages' `key` is unique: each case takes the key, then gives it back.
async function publish(key: 'accessibility' | 'easy-language' | 'sign-language', fields: Record<string, unknown>) {
  const existing = await payload.find({ collection: 'pages', where: { key: { equals: key } }, draft: true, pagination: false, depth: 0 })
  for (const doc of existing.docs) await payload.delete({ collection: 'pages', id: doc.id })
  try {
    return { ok: true as const, page: await payload.create({ collection: 'pages', locale: 'de', data: { title: `Seite ${unique()}`, key, _status: 'published', ...fields } as never }) }
  } catch (error) {
    const { status, data } = error as { status?: number; data?: { errors?: { path: string; message: string }[] } }
    return { ok: false as const, status, errors: data?.errors ?? [] }
  }
}

const pathsOf = (result: Awaited<ReturnType<typeof publish>>) => (result.ok ? [] : result.errors.map((item) => item.path).sort())

it('a complete statement is published', async () => {
  const result = await publish('accessibility', { statement: completeStatement })
  expect(result.ok).toBe(true)
})

it('a statement without its required parts is refused, naming each part', async () => {
  const result = await publish('accessibility', {})
  expect(result.ok).toBe(false)
  expect(pathsOf(result)).toEqual(['statement.conformance', 'statement.contact.email', 'statement.lastReviewedOn', 'statement.method', 'statement.preparedOn'])
  expect(result.ok ? '' : result.errors[0].message).toMatch(/Pflichtangabe der Erklärung/)
})

it('a draft statement may be incomplete', async () => {
  const existing = await payload.find({ collection: 'pages', where: { key: { equals: 'accessibility' } }, draft: true, pagination: false, depth: 0 })
  for (const doc of existing.docs) await payload.delete({ collection: 'pages', id: doc.id })
  const draft = await payload.create({ collection: 'pages', draft: true, data: { title: `Entwurf ${unique()}`, key: 'accessibility', _status: 'draft' } as never })
  expect(draft.id).toBeGreaterThan(0)
})

it('partial compliance needs at least one non-accessible content; full compliance none', async () => {
  expect(pathsOf(await publish('accessibility', { statement: { ...completeStatement, barriers: [] } }))).toEqual(['statement.barriers'])
  expect(pathsOf(await publish('accessibility', { statement: { ...completeStatement, conformance: 'full' } }))).toEqual(['statement.barriers'])
  expect((await publish('accessibility', { statement: { ...completeStatement, conformance: 'full', barriers: [] } })).ok).toBe(true)
})

it('a non-accessible content needs its reason, and the last review cannot precede the preparation', async () => {
  const noReason = await publish('accessibility', { statement: { ...completeStatement, barriers: [{ content: 'PDF-Dateien' }] } })
  expect(pathsOf(noReason)).toEqual(['statement.barriers.0.reason'])
  const early = await publish('accessibility', { statement: { ...completeStatement, lastReviewedOn: '2026-10-01T12:00:00.000Z' } })
  expect(pathsOf(early)).toEqual(['statement.lastReviewedOn'])
})

it('the refusal speaks the admin’s language', async () => {
  await publish('accessibility', { statement: completeStatement })
  const [page] = (await payload.find({ collection: 'pages', where: { key: { equals: 'accessibility' } }, pagination: false, depth: 0 })).docs
  const token = await tokenFor(payload, await createUser(payload, 'editor'))
  const body = { statement: { ...completeStatement, method: null }, _status: 'published' }
  const english = await rest('PATCH', `pages/${page.id}?locale=de`, { token, body, language: 'en' })
  expect(english.status).toBe(400)
  expect(JSON.stringify(english.json)).toContain('Required part of the accessibility statement (BITV 2.0 § 7).')
  const spanish = await rest('PATCH', `pages/${page.id}?locale=de`, { token, body, language: 'es' })
  expect(JSON.stringify(spanish.json)).toContain('Dato obligatorio de la declaración de accesibilidad')
})

it.each(['easy-language', 'sign-language'] as const)('the %s page is refused without the four explanations of BITV § 4, published with them', async (key) => {
  const missing = await publish(key, { explanations: { content: { text: 'Worum es geht.' } } })
  expect(pathsOf(missing)).toEqual(['explanations.furtherInfo.text', 'explanations.navigation.text', 'explanations.statement.text'])
  const text = (name: string) => ({ text: `${name} in einfachen Sätzen.` })
  const complete = await publish(key, { explanations: { content: text('Inhalt'), navigation: text('Navigation'), statement: text('Erklärung'), furtherInfo: text('Mehr') } })
  expect(complete.ok).toBe(true)
})

it('other pages need none of it', async () => {
  const page = await payload.create({ collection: 'pages', data: { title: `Impressum ${unique()}`, _status: 'published' } as never })
  expect(page.id).toBeGreaterThan(0)
})
