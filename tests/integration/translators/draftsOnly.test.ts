import type { Payload } from 'payload'
import { attempt } from '../support/attempt'
import { startPayload, stopPayload } from '../support/payload'
import { createUser, type TestUser } from '../support/users'
import { closeRouteHandlers, graphqlQuery, rest, tokenFor } from '../api/http'
import { asPublished, createPublishedDialogue, publicReads, type PublishedDialogue } from './publishedDialogue'

// A translator's write is a draft whatever the request says; the published page in every
// language stays as it was. Found on a production build: `PATCH ?locale=es {"_status":"draft"}`
// unpublished the dialogue in all three languages.
let payload: Payload
let translator: TestUser
let token: string
let editorToken: string
beforeAll(async () => {
  payload = await startPayload()
  translator = await createUser(payload, 'translator', ['es'])
  token = await tokenFor(payload, translator)
  editorToken = await tokenFor(payload, await createUser(payload, 'editor'))
})
afterAll(async () => {
  await closeRouteHandlers()
  await stopPayload(payload)
})

let dialogue: PublishedDialogue
beforeEach(async () => {
  dialogue = await createPublishedDialogue(payload)
})

const mainRow = () => payload.findByID({ collection: 'dialogues', id: dialogue.id, locale: 'es', depth: 0 })
const latestDraft = () => payload.findByID({ collection: 'dialogues', id: dialogue.id, locale: 'es', depth: 0, draft: true })
const messageOf = (json: Record<string, unknown>) => (json.errors as { message: string }[] | undefined)?.[0]?.message ?? ''

async function expectUntouched() {
  expect(await publicReads(dialogue)).toEqual(asPublished(dialogue))
  expect((await mainRow())._status).toBe('published')
}

describe('REST', () => {
  it('{"_status":"draft"} without ?draft=true leaves the dialogue published in every language', async () => {
    const { status } = await rest('PATCH', `dialogues/${dialogue.id}?locale=es`, { token, body: { _status: 'draft' } })
    expect(status).toBe(200)
    await expectUntouched()
  })

  it('a new Spanish title without ?draft=true is saved as a draft, not published and not refused', async () => {
    const { status } = await rest('PATCH', `dialogues/${dialogue.id}?locale=es`, { token, body: { title: 'Borrador ES' } })
    expect(status).toBe(200)
    await expectUntouched()
    expect((await latestDraft()).title).toBe('Borrador ES')
  })

  it('the admin’s "Save draft" (the whole form, _status draft) still saves the translation', async () => {
    const form = await rest('GET', `dialogues/${dialogue.id}?locale=es&depth=0&draft=true`, { token })
    const body = { ...form.json, title: 'Traducción revisada', _status: 'draft' }
    const saved = await rest('PATCH', `dialogues/${dialogue.id}?locale=es&depth=0&fallback-locale=null&draft=true`, { token, body })
    expect(saved.status).toBe(200)
    expect((await latestDraft()).title).toBe('Traducción revisada')
    await expectUntouched()
  })

  it('a bulk PATCH (?where=…) with {"_status":"draft"} leaves the dialogue published too', async () => {
    const { status } = await rest('PATCH', `dialogues?where[id][equals]=${dialogue.id}&locale=es`, { token, body: { _status: 'draft', title: 'Masivo' } })
    expect(status).toBe(200)
    await expectUntouched()
    expect((await latestDraft()).title).toBe('Masivo')
  })

  it('?draft=false is a draft too', async () => {
    const { status } = await rest('PATCH', `dialogues/${dialogue.id}?locale=es&draft=false`, { token, body: { title: 'Otro borrador' } })
    expect(status).toBe(200)
    await expectUntouched()
    expect((await latestDraft()).title).toBe('Otro borrador')
  })

  it.each([
    ['es', 'draft=true', { _status: 'published' }, /borradores/],
    ['de', '', { title: 'Publicado', _status: 'published' }, /Entwürfe/],
    ['en', 'publishSpecificLocale=es', { title: 'Publicado', _status: 'published' }, /drafts/],
    ['en', 'unpublishAllLocales=true', { _status: 'draft' }, /drafts/],
    ['en', 'draft=true', { _status: 'scheduled' }, /drafts/],
  ])('asking to publish or unpublish is refused with a reason in the request’s language (%s, ?%s)', async (language, query, body, reason) => {
    const response = await rest('PATCH', `dialogues/${dialogue.id}?locale=es&${query}`, { token, body, language })
    expect(response.status).toBe(403)
    expect(messageOf(response.json)).toMatch(reason)
    await expectUntouched()
    expect((await latestDraft()).title).toBe(dialogue.title.es)
  })

  it('restoring a version is refused with a reason, also in a locale the translator owns', async () => {
    const { docs } = await payload.findVersions({ collection: 'dialogues', where: { parent: { equals: dialogue.id } }, sort: 'createdAt', limit: 1 })
    const response = await rest('POST', `dialogues/versions/${docs[0]!.id}?locale=es`, { token, language: 'es' })
    expect(response.status).toBe(403)
    expect(messageOf(response.json)).toMatch(/restaurar una versión/)
    await expectUntouched()
  })

  it('an editor still publishes, and unpublishes, one locale', async () => {
    const published = await rest('PATCH', `dialogues/${dialogue.id}?locale=es`, { token: editorToken, body: { title: 'Nuevo título', _status: 'published' } })
    expect(published.status).toBe(200)
    expect((await publicReads(dialogue)).es?.title).toBe('Nuevo título')
    const unpublished = await rest('PATCH', `dialogues/${dialogue.id}?locale=es`, { token: editorToken, body: { _status: 'draft' } })
    expect(unpublished.status).toBe(200)
    // Each locale is published on its own (collections/editorialVersions.ts): only Spanish goes.
    const reads = await publicReads(dialogue)
    expect(reads.es).toBeNull()
    expect(reads.de?.title).toBe(dialogue.title.de)
  })
})

describe('GraphQL', () => {
  // GraphQL's update input wants the group with its required fields; they are sent unchanged.
  const country = () => `partnerCountry: { code: "MX", name: "${dialogue.title.es}" }`

  it('an update without draft is saved as a draft', async () => {
    const { json } = await graphqlQuery(`mutation { updateDialogue(id: ${dialogue.id}, locale: es, data: { title: "Borrador GraphQL", ${country()} }) { id } }`, token)
    expect(json.errors).toBeUndefined()
    await expectUntouched()
    expect((await latestDraft()).title).toBe('Borrador GraphQL')
  })

  it('_status published is refused with a reason', async () => {
    const { json } = await graphqlQuery(
      `mutation { updateDialogue(id: ${dialogue.id}, locale: es, draft: true, data: { _status: published, ${country()} }) { id } }`,
      token,
      { language: 'en' },
    )
    expect(json.errors?.[0]?.message).toMatch(/Translators save drafts/)
    await expectUntouched()
  })

  it('_status draft without draft: true leaves the dialogue published', async () => {
    const { json } = await graphqlQuery(`mutation { updateDialogue(id: ${dialogue.id}, locale: es, data: { _status: draft, ${country()} }) { id } }`, token)
    expect(json.errors).toBeUndefined()
    await expectUntouched()
  })

  it('restoring a version is refused with a reason', async () => {
    const { docs } = await payload.findVersions({ collection: 'dialogues', where: { parent: { equals: dialogue.id } }, sort: 'createdAt', limit: 1 })
    const { json } = await graphqlQuery(`mutation { restoreVersionDialogue(id: ${docs[0]!.id}) { id } }`, token, { language: 'de' })
    expect(json.errors?.[0]?.message).toMatch(/keine Version wiederherstellen/)
    await expectUntouched()
  })
})

describe('Local API with the translator and overrideAccess: false', () => {
  const as = () => ({ user: translator, overrideAccess: false as const, locale: 'es' as const, depth: 0 })

  it('{ _status: draft } without draft leaves the dialogue published', async () => {
    await payload.update({ collection: 'dialogues', id: dialogue.id, data: { _status: 'draft' }, ...as() })
    await expectUntouched()
  })

  it('a Spanish title without draft is a draft', async () => {
    await payload.update({ collection: 'dialogues', id: dialogue.id, data: { title: 'Borrador local' }, ...as() })
    await expectUntouched()
    expect((await latestDraft()).title).toBe('Borrador local')
  })

  it('publishing is refused', async () => {
    const write = () => payload.update({ collection: 'dialogues', id: dialogue.id, data: { title: 'x', _status: 'published' }, draft: true, ...as() })
    expect(await attempt(write)).toBe('refused')
    await expectUntouched()
  })

  it('restoring a version is refused', async () => {
    const { docs } = await payload.findVersions({ collection: 'dialogues', where: { parent: { equals: dialogue.id } }, sort: 'createdAt', limit: 1 })
    expect(await attempt(() => payload.restoreVersion({ collection: 'dialogues', id: docs[0]!.id, ...as() }))).toBe('refused')
    await expectUntouched()
  })

  it('the admin offers a translator no "Publish": the update rule refuses a published status', async () => {
    const rule = payload.collections.dialogues.config.access.update
    const req = { user: { ...translator, collection: 'users' }, locale: 'es' } as never
    expect(await rule({ req, data: { _status: 'draft' } })).toBe(true)
    expect(await rule({ req, data: { _status: 'published' } })).toBe(false)
  })
})
