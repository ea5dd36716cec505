import type { Payload } from 'payload'
import { startPayload, stopPayload } from '../support/payload'
import { createUser } from '../support/users'
import { closeRouteHandlers, rest, tokenFor } from './http'

let payload: Payload
let token: string
beforeAll(async () => {
  payload = await startPayload()
  token = await tokenFor(payload, await createUser(payload, 'editor'))
})
afterAll(async () => {
  await closeRouteHandlers()
  await stopPayload(payload)
})

type Errors = { errors?: { data?: { errors?: { path: string; message: string }[] }; message: string }[] }
const fieldErrors = (json: Record<string, unknown>) => (json as Errors).errors?.[0]?.data?.errors ?? []
const topicCount = async () => (await payload.count({ collection: 'topics' })).totalDocs

describe('bad input through REST gets a 400 naming the field, and nothing is written', () => {
  it.each([
    ['a number for a text', 'topics', { title: 123 }, 'title'],
    ['an oversized title', 'topics', { title: 'x'.repeat(201) }, 'title'],
    ['an invalid slug', 'topics', { title: 'Gültig', slug: 'Nicht gültig!' }, 'slug'],
    ['an unknown relation id', 'topics', { title: 'Mit Bereich', areas: [987654] }, 'areas'],
    ['a relation id of the wrong type', 'topics', { title: 'Mit Bereich', areas: ['abc'] }, 'areas'],
    ['a date that is none', 'sessions', { title: 'S', dialogue: 1, kind: 'workshop', format: 'online', startsAt: 'morgen' }, 'startsAt'],
    ['an option that does not exist', 'stakeholders', { name: 'X', country: 'DE', sector: 'aliens' }, 'sector'],
    ['a lowercase country code', 'stakeholders', { name: 'Y', country: 'de', sector: 'business' }, 'country'],
    ['a group given as text', 'dialogues', { title: 'D', partnerCountry: 'MX' }, 'partnerCountry'],
    ['the SEO meta group given as text', 'topics', { title: 'Meta', meta: 'Titel' }, 'meta'],
    ['a number for the meta title', 'topics', { title: 'Meta', meta: { title: 42 } }, 'meta.title'],
    ['an overlong meta description', 'pages', { title: 'Meta', meta: { description: 'x'.repeat(321) } }, 'meta.description'],
    ['an unknown meta image', 'stakeholders', { name: 'Z', country: 'DE', sector: 'business', meta: { image: 987654 } }, 'meta.image'],
  ])('%s', async (_, collection, body, path) => {
    const before = await payload.count({ collection: collection as 'topics' })
    const response = await rest('POST', collection, { token, body })
    expect(response.status).toBe(400)
    expect(fieldErrors(response.json).map((error) => error.path)).toContain(path)
    expect(await payload.count({ collection: collection as 'topics' })).toEqual(before)
  })

  it('an unknown locale, or writing all locales at once, is refused', async () => {
    const before = await topicCount()
    expect((await rest('POST', 'topics?locale=xx', { token, body: { title: 'Sprache?' } })).status).toBe(400)
    expect((await rest('POST', 'topics?locale=all', { token, body: { title: 'Alle?' } })).status).toBe(400)
    expect((await rest('GET', 'topics?locale=klingon')).status).toBe(400)
    expect(await topicCount()).toBe(before)
  })

  it('answers in the language the client asks for', async () => {
    const response = await rest('POST', 'topics', { token, body: { title: 7 }, language: 'es' })
    expect(response.status).toBe(400)
    expect(fieldErrors(response.json)[0]?.message).toBe('Se esperaba texto.')
  })

  it('a meta title and description of the right shape are accepted', async () => {
    const body = { title: 'Tema con meta de prueba', meta: { title: 'Título para buscadores', description: 'Descripción breve.' } }
    const response = await rest('POST', 'topics?locale=es', { token, body })
    expect(response.status).toBe(201)
    expect((response.json.doc as { meta: unknown }).meta).toMatchObject(body.meta)
  })

  it('valid input is still accepted', async () => {
    const response = await rest('POST', 'topics?locale=es', { token, body: { title: 'Gobernanza abierta de prueba' } })
    expect(response.status).toBe(201)
    expect((response.json.doc as { slug: string }).slug).toBe('gobernanza-abierta-de-prueba')
  })
})
