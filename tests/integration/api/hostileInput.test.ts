import type { Payload } from 'payload'
import { startPayload, stopPayload } from '../support/payload'
import { createUser } from '../support/users'
import { closeRouteHandlers, graphqlQuery, rawGraphql, rawRest, rest, tokenFor } from './http'

// What `npm run bench:hostile` found answered 500 on a production build, and the limits that
// REST and GraphQL now have (lib/http/queryLimits.ts, lib/http/graphqlLimits.ts).
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

const message = (json: Record<string, unknown>) => (json as { errors?: { message: string }[] }).errors?.[0]?.message

describe('ids of the wrong shape are not found', () => {
  it.each(['not-an-id', '99999999999999999999999', '2147483648', '1.5', 'null', '%00'])('GET /api/dialogues/%s answers 404', async (id) => {
    const response = await rawRest('GET', `dialogues/${id}`)
    expect(response.status).toBe(404)
  })

  it('a 404 for a malformed id is in the client’s language', async () => {
    const response = await rest('GET', 'topics/not-an-id', { language: 'es' })
    expect(response.status).toBe(404)
    expect(message(response.json)).toBe('No encontrado')
  })
})

describe('REST reads are bounded', () => {
  it.each([
    ['page=-5', 'page'],
    ['page=0', 'page'],
    ['page=abc', 'page'],
    ['page=100000000000000000000', 'page'],
    ['limit=101', 'limit'],
    ['limit=0', 'limit'],
    ['limit=-1', 'limit'],
    ['limit[]=5', 'limit[]'],
    ['depth=4', 'depth'],
    ['depth=-1', 'depth'],
    ['depth=1e3', 'depth'],
    ['joins[sessions][limit]=100000', 'joins[sessions][limit]'],
    ['where=notanobject', 'where'],
  ])('?%s is refused with 400 naming the parameter', async (query, name) => {
    const response = await rest('GET', `dialogues?${query}`, { language: 'en' })
    expect(response.status).toBe(400)
    expect(message(response.json)).toContain(`"${name}"`)
  })

  it('the message is in the client’s language', async () => {
    const response = await rest('GET', 'topics?limit=1000', { language: 'de' })
    expect(message(response.json)).toBe('Ungültiger Parameter „limit“. Erlaubt: 1–100.')
  })

  it('limits within bounds are served, and a bulk delete may still say limit=0', async () => {
    expect((await rest('GET', 'topics?limit=100&page=1&depth=3')).status).toBe(200)
    const none = await rest('DELETE', 'topics?limit=0&where[slug][equals]=kein-solches-thema', { token })
    expect(none.status).toBe(200)
  })

  it('a POST that overrides itself to GET is bounded the same way', async () => {
    const headers = { 'content-type': 'application/x-www-form-urlencoded', 'x-http-method-override': 'GET' }
    expect((await rawRest('POST', 'topics', { headers, body: 'page=-5' })).status).toBe(400)
    expect((await rawRest('POST', 'topics', { headers, body: 'limit=5' })).status).toBe(200)
  })
})

describe('values PostgreSQL cannot read as the column’s type are the client’s, 400', () => {
  it.each(['where[id][equals]=99999999999999', 'where[id][in]=a,b,c', 'where[slug][equals]=%00'])('?%s', async (query) => {
    const response = await rest('GET', `topics?${query}`, { language: 'en' })
    expect(response.status).toBe(400)
    expect(message(response.json)).toBe('A value in the request is not valid for this field.')
  })
})

describe('bodies that do not parse get a 400, never a 500', () => {
  it('broken JSON to a collection', async () => {
    const before = (await payload.count({ collection: 'topics' })).totalDocs
    const response = await rawRest('POST', 'topics', { token, headers: { 'content-type': 'application/json', 'accept-language': 'en' }, body: '{"title": ' })
    expect(response.status).toBe(400)
    expect(message(response.json)).toBe('The request body is not a valid JSON object.')
    expect((await payload.count({ collection: 'topics' })).totalDocs).toBe(before)
  })

  it.each(['null', '42', '"text"', '[{"title":"x"}]'])('JSON that is no object: %s', async (body) => {
    const response = await rawRest('POST', 'topics', { token, headers: { 'content-type': 'application/json' }, body })
    expect(response.status).toBe(400)
  })

  it('broken JSON behind X-HTTP-Method-Override: GET', async () => {
    const headers = { 'content-type': 'application/json', 'x-http-method-override': 'GET' }
    expect((await rawRest('POST', 'dialogues', { headers, body: '{bad' })).status).toBe(400)
  })

  it.each([
    ['a body that is no form', 'garbage'],
    ['a form cut off before its end', '--xx\r\nContent-Disposition: form-data; name="email"\r\n\r\nx@example.org'],
    ['a part without a name', '--xx\r\nContent-Disposition: form-data\r\n\r\nx\r\n--xx--'],
  ])('a broken multipart login: %s', async (_, body) => {
    const response = await rawRest('POST', 'users/login', { headers: { 'content-type': 'multipart/form-data; boundary=xx' }, body })
    expect(response.status).toBe(400)
  })

  it('a form whose _payload field is broken JSON', async () => {
    const body = '--xx\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{bad\r\n--xx--\r\n'
    const response = await rawRest('POST', 'topics', { token, headers: { 'content-type': 'multipart/form-data; boundary=xx' }, body })
    expect(response.status).toBe(400)
  })

  it('broken JSON to GraphQL', async () => {
    const response = await rawGraphql({ body: '{bad' })
    expect(response.status).toBe(400)
    expect(response.json.errors?.[0]?.message).toBeTruthy()
  })
})

describe('routes and operators that do not exist are 4xx', () => {
  it('a geo operator on a text field is refused', async () => {
    expect((await rest('GET', 'topics?where[title][near]=1,2')).status).toBe(400)
  })

  it('a collection without REST endpoints answers 404, not 501', async () => {
    expect((await rawRest('GET', 'payload-migrations/1')).status).toBe(404)
  })

  it('e-mail verification, which accounts do not use, answers 404', async () => {
    expect((await rawRest('POST', 'users/verify/abc')).status).toBe(404)
  })

  it('a media file that is not on disk answers 404', async () => {
    for (const name of ['.env', 'nicht-da.png', '%00']) expect((await rawRest('GET', `media/file/${name}`)).status).toBe(404)
  })

  it('a body nested past 64 levels is refused before Payload walks it', async () => {
    const body = '{"title":'.repeat(20_000) + '1' + '}'.repeat(20_000)
    const response = await rawRest('POST', 'topics', { token, headers: { 'content-type': 'application/json', 'accept-language': 'en' }, body })
    expect(response.status).toBe(400)
    expect(message(response.json)).toBe('The request body is nested too deeply (at most 64 levels).')
  })
})

describe('GraphQL is bounded', () => {
  const errorsOf = async (query: string, variables?: Record<string, unknown>) =>
    ((await graphqlQuery(query, undefined, { variables })).json.errors ?? []).map((error) => error.message).join(' ')

  it('a query nested deeper than 8 levels is refused', async () => {
    let selection = 'id'
    for (let level = 0; level < 5; level++) selection = `partnerInstitutions { id dialogues: id } workplanAreas { docs { dialogue { ${selection} } } }`
    expect(await errorsOf(`{ Dialogues { docs { ${selection} } } }`)).toMatch(/nest at most 8/)
  })

  it('more than 10 lists at the root, by aliases, are refused', async () => {
    const aliases = Array.from({ length: 11 }, (_, index) => `a${index}: Topics { docs { id } }`).join(' ')
    expect(await errorsOf(`{ ${aliases} }`)).toMatch(/At most 10 fields/)
  })

  it.each([
    ['{ Topics(limit: 100000) { docs { id } } }', undefined],
    ['{ Topics(limit: 0) { docs { id } } }', undefined],
    ['{ Topics(page: -5) { docs { id } } }', undefined],
    ['query($page: Int) { Topics(page: $page) { docs { id } } }', { page: -5 }],
  ])('paging past the limits is refused: %s', async (query, variables) => {
    expect(await errorsOf(query, variables)).toMatch(/Invalid argument "(limit|page)"/)
  })

  it.each([
    '{ Topics { docs { ...A } } } fragment A on Topic { ...B } fragment B on Topic { ...A }',
    'subscription { x }',
    '{ Topics @skip(if: maybe) { docs { id } } }',
  ])('a document that crashed the complexity rule is a 400: %s', async (query) => {
    expect((await rawGraphql({ body: JSON.stringify({ query }) })).status).toBe(400)
  })

  it('a query within the limits is answered', async () => {
    const response = await graphqlQuery('{ Topics(limit: 100, page: 1) { docs { id title } } }')
    expect(response.json.errors).toBeUndefined()
    expect(response.json.data?.Topics).toBeDefined()
  })
})
