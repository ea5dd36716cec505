import { rereadSettings } from '@/lib/env'
import { withOutageAnswers } from '@/lib/outage/apiOutage'
import { DatabaseUnavailableError, outageOr } from '@/lib/outage/databaseState'
import en from '@/messages/en.json' with { type: 'json' }
import es from '@/messages/es.json' with { type: 'json' }

const reachable = process.env.DATABASE_URL!
const closed = 'postgres://postgres@127.0.0.1:1/none'

// The outage decision asks PostgreSQL itself (a probe connection), here a real one and a port
// where none listens. The probe's answer is kept for a second, hence the pause between them.
async function withDatabase(url: string) {
  process.env.DATABASE_URL = url
  rereadSettings()
  await new Promise((resolve) => setTimeout(resolve, 1100))
}
afterAll(() => withDatabase(reachable))

// What Payload's REST handler does while it cannot start: a bare 500 in English.
type Handler = (request: Request, context: unknown) => Promise<Response>
const payloadWhileDown: Handler = async () =>
  Response.json({ message: 'There was an error initializing Payload' }, { status: 500 })

describe('while PostgreSQL is away', () => {
  beforeAll(() => withDatabase(closed))

  it('an API answer of 500 becomes a 503 with Retry-After and a message in the requested language', async () => {
    const { GET } = withOutageAnswers({ GET: payloadWhileDown })
    const response = await GET(new Request('http://site/api/dialogues?locale=en'), undefined as never)
    expect(response.status).toBe(503)
    expect(response.headers.get('retry-after')).toBe('10')
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.json()).toEqual({ status: 'unavailable', error: 'unavailable', message: en.Outage.api })
  })

  it('a sign-up hears it in the language of its form, as JSON or, without JavaScript, as a page', async () => {
    const { POST } = withOutageAnswers({ POST: payloadWhileDown })
    const body = JSON.stringify({ email: 'reader@example.org', consent: true, locale: 'es' })
    const asJson = await POST(
      new Request('http://site/api/newsletter/sign-up', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body }),
      undefined as never,
    )
    expect(asJson.status).toBe(503)
    expect((await asJson.json()).message).toBe(es.Outage.api)

    const form = new URLSearchParams({ email: 'reader@example.org', consent: 'on', locale: 'es' })
    const asPage = await POST(
      new Request('http://site/api/newsletter/sign-up', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'text/html' },
        body: form,
      }),
      undefined as never,
    )
    expect(asPage.status).toBe(503)
    // JSON for a browser too: a route handler cannot render React, and no HTML is built by hand.
    expect(asPage.headers.get('content-type')).toMatch(/application\/json/)
    expect(asPage.headers.get('retry-after')).toMatch(/^\d+$/)
    expect((await asPage.json()).message).toBe(es.Outage.api)
  })

  it('a thrown connection error becomes the 503 too', async () => {
    const refused: Handler = async () => {
      throw new Error('connect ECONNREFUSED 127.0.0.1:5432')
    }
    const { GET } = withOutageAnswers({ GET: refused })
    const response = await GET(new Request('http://site/api/users/me', { headers: { 'Accept-Language': 'es-MX,es;q=0.9' } }), undefined as never)
    expect(response.status).toBe(503)
    expect((await response.json()).message).toBe(es.Outage.api)
  })

  it('a reader query failure becomes the outage marker', async () => {
    await expect(outageOr(new Error('Connection terminated unexpectedly'))).resolves.toBeInstanceOf(DatabaseUnavailableError)
  })
})

describe('while PostgreSQL answers', () => {
  beforeAll(() => withDatabase(reachable))

  it('a 500 stays what it is: the outage answer is not a cover for bugs', async () => {
    const { GET } = withOutageAnswers({ GET: payloadWhileDown })
    const response = await GET(new Request('http://site/api/dialogues'), undefined as never)
    expect(response.status).toBe(500)
  })

  it('a reader query failure is rethrown as itself', async () => {
    const error = new Error('column "x" does not exist')
    await expect(outageOr(error)).resolves.toBe(error)
  })
})
