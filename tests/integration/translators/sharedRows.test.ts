import type { Payload } from 'payload'
import { attempt } from '../support/attempt'
import { startPayload, stopPayload } from '../support/payload'
import { createUser, type TestUser } from '../support/users'
import { closeRouteHandlers, rest, tokenFor } from '../api/http'
import { asPublished, createPublishedDialogue, publicReads, type PublishedDialogue } from './publishedDialogue'

// Milestones are one list for all languages; each row carries its label in every language.
// A translator translates the labels of the rows there are, and cannot reorder, drop, add or
// swap rows: that would move or lose the German and English labels.
let payload: Payload
let translator: TestUser
let token: string
let dialogue: PublishedDialogue
beforeAll(async () => {
  payload = await startPayload()
  translator = await createUser(payload, 'translator', ['es'])
  token = await tokenFor(payload, translator)
})
afterAll(async () => {
  await closeRouteHandlers()
  await stopPayload(payload)
})
beforeEach(async () => {
  dialogue = await createPublishedDialogue(payload)
})

const rows = (labels: string[], ids = dialogue.milestoneIds) => ids.map((id, i) => ({ id, year: 2015 + i, label: labels[i] }))
const draftLabels = async (locale: 'de' | 'es' | 'en') =>
  (await payload.findByID({ collection: 'dialogues', id: dialogue.id, locale, draft: true, depth: 0 })).milestones?.map((row) => row.label)
const send = (milestones: unknown, language = 'es') =>
  rest('PATCH', `dialogues/${dialogue.id}?locale=es&draft=true`, { token, body: { milestones }, language })

async function expectRowsUntouched() {
  expect(await publicReads(dialogue)).toEqual(asPublished(dialogue))
  expect(await draftLabels('de')).toEqual(dialogue.label.de)
  expect(await draftLabels('es')).toEqual(dialogue.label.es)
}

it('a translator translates the labels of the rows as they are', async () => {
  const response = await send(rows(['Fundación (2015)', 'Primera reunión']))
  expect(response.status).toBe(200)
  expect(await draftLabels('es')).toEqual(['Fundación (2015)', 'Primera reunión'])
  expect(await draftLabels('de')).toEqual(dialogue.label.de)
  expect(await draftLabels('en')).toEqual(dialogue.label.en)
  expect(await publicReads(dialogue)).toEqual(asPublished(dialogue))
})

const [first, second] = [0, 1]
it.each([
  ['reordered', () => [rows(dialogue.label.es)[second], rows(dialogue.label.es)[first]]],
  ['one removed', () => [rows(dialogue.label.es)[first]]],
  ['one added', () => [...rows(dialogue.label.es), { year: 2030, label: 'Nuevo hito' }]],
  ['sent without their ids', () => rows(dialogue.label.es).map(({ year, label }) => ({ year, label }))],
  ['with ids of rows that are not this document’s', () => rows(dialogue.label.es, ['6a0000000000000000000001', '6a0000000000000000000002'])],
  ['emptied', () => []],
])('rows %s are refused, naming the list, and nothing changes', async (_case, milestones) => {
  const response = await send(milestones(), 'en')
  expect(response.status).toBe(403)
  expect((response.json.errors as { message: string }[])[0]!.message).toMatch(/rows \(number, order, ids\).*: milestones$/)
  await expectRowsUntouched()
})

it('the Local API with the translator refuses reordered rows too', async () => {
  const reordered = rows(dialogue.label.es).reverse()
  const write = () =>
    payload.update({ collection: 'dialogues', id: dialogue.id, locale: 'es', data: { milestones: reordered }, user: translator, overrideAccess: false })
  expect(await attempt(write)).toBe('refused')
  await expectRowsUntouched()
})

it('the footer’s links (a global) keep their rows too', async () => {
  const footer = await payload.updateGlobal({
    slug: 'footer',
    locale: 'de',
    data: { links: [{ label: 'Impressum', url: 'https://example.org/impressum' }, { label: 'Kontakt', url: 'https://example.org/kontakt' }] },
  })
  const links = (footer.links ?? []).map(({ id, url, label }) => ({ id, url, label: `ES ${label}` }))
  const asTranslator = { slug: 'footer' as const, locale: 'es' as const, user: translator, overrideAccess: false as const }
  expect(await attempt(() => payload.updateGlobal({ ...asTranslator, data: { links: [...links].reverse() } }))).toBe('refused')
  expect(await attempt(() => payload.updateGlobal({ ...asTranslator, data: { links } }))).toBe('ok')
  const german = await payload.findGlobal({ slug: 'footer', locale: 'de' })
  expect(german.links?.map((link) => link.label)).toEqual(['Impressum', 'Kontakt'])
})
