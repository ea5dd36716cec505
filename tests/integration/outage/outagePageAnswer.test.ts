import { execFileSync } from 'node:child_process'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import de from '@/messages/de.json' with { type: 'json' }
import es from '@/messages/es.json' with { type: 'json' }
import { currentRequest } from '@/lib/log/requestContext'
import { installServerPatch } from '@/lib/outage/serverPatch'

// What a reader gets when a page fails because the database is away: the static outage page
// in the address's language (written by `npm run build`), not Next's error document — which
// Next sends compressed, so the replacement must also drop its encoding.
let server: http.Server
let base: string

beforeAll(async () => {
  execFileSync('npx', ['tsx', 'scripts/renderOutagePages.ts'], { stdio: 'pipe' })
  installServerPatch()
  server = http.createServer((request, response) => {
    const context = currentRequest()!
    if (request.url !== '/es/temas/ok') context.outage = true
    if (request.url === '/es/temas/ok') return response.end('<html lang="es">whole</html>')
    response.statusCode = 500
    response.setHeader('Content-Type', 'text/html; charset=utf-8')
    response.setHeader('Content-Encoding', 'gzip')
    response.write(gzipSync('<!DOCTYPE html><html id="__next_error__">'))
    response.end(gzipSync('</html>'))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}, 60_000)
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
})

const get = async (path: string, init?: RequestInit) => {
  const response = await fetch(base + path, init)
  return { response, body: await response.text() }
}

describe('a reader page that failed during an outage', () => {
  it('answers 503 with Retry-After and the outage page in the language of its address', async () => {
    const { response, body } = await get('/es/temas/algo')
    expect(response.status).toBe(503)
    expect(response.headers.get('retry-after')).toMatch(/^\d+$/)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-encoding')).toBeNull()
    expect(body).toContain('<html lang="es">')
    expect(body).toContain(`<h1>${es.Error.title}</h1>`)
    expect(body).not.toContain('__next_error__')
  })

  it('answers an address without a language in German, and HEAD with no body', async () => {
    const german = await get('/irgendwas')
    expect(german.body).toContain(`<h1>${de.Error.title}</h1>`)
    const head = await get('/de', { method: 'HEAD' })
    expect(head.response.status).toBe(503)
    expect(head.body).toBe('')
  })

  it('leaves the API, the admin, client navigations and whole pages as they are', async () => {
    for (const [path, init] of [['/api/dialogues', undefined], ['/admin', undefined], ['/es/temas/x', { headers: { RSC: '1' } }]] as const) {
      const { response } = await get(path, init)
      expect(response.status).toBe(503)
      expect(response.headers.get('content-encoding')).toBe('gzip')
    }
    const whole = await get('/es/temas/ok')
    expect(whole.response.status).toBe(200)
    expect(whole.body).toBe('<html lang="es">whole</html>')
  })
})
