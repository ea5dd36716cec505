/** @jest-environment node */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { gunzipSync } from 'node:zlib'
// @ts-expect-error Next ships its copy of `compression` without types.
import compression from 'next/dist/compiled/compression'
import { dropNextRuntimeFrom } from '@/lib/http/scriptFreePages'

// The order of Next's router server: a request reaches this module first (instrumentation),
// then Next's compression middleware, then the renderer, which writes the page in pieces.
const page = '<html><head><script src="/_next/static/chunks/a.js" async=""></script></head><body><main>' + 'Text. '.repeat(400) + '</main><script>self.__next_f.push([1,"x"])</script></body></html>'
type Middleware = (request: http.IncomingMessage, response: http.ServerResponse, next: () => void) => void
const compress = (compression as () => Middleware)()

function serve(status: number, type: string, send: (response: http.ServerResponse) => void, options?: Parameters<typeof dropNextRuntimeFrom>[1]) {
  const server = http.createServer((request, response) => {
    dropNextRuntimeFrom(response, options)
    compress(request, response, () => {})
    response.statusCode = status
    response.setHeader('Content-Type', type)
    send(response)
  })
  return new Promise<{ url: string; close: () => void }>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => server.close() })),
  )
}

const get = (url: string, gzip: boolean) =>
  new Promise<{ status?: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    http
      .get(url, { headers: gzip ? { 'accept-encoding': 'gzip' } : {} }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => {
          const raw = Buffer.concat(chunks)
          resolve({ status: response.statusCode, headers: response.headers, body: (response.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw).toString() })
        })
      })
      .on('error', reject)
  })

describe('a reader page leaves the server without Next’s runtime', () => {
  it.each([true, false])('streamed in pieces, compressed: %s', async (gzip) => {
    const server = await serve(200, 'text/html; charset=utf-8', (response) => {
      response.write(page.slice(0, 100))
      response.write(Buffer.from(page.slice(100, 2000)))
      response.end(page.slice(2000))
    })
    const { headers, body } = await get(server.url, gzip)
    server.close()
    expect(body).toBe(page.replace('<script src="/_next/static/chunks/a.js" async=""></script>', '').replace('<script>self.__next_f.push([1,"x"])</script>', ''))
    expect(headers['content-encoding']).toBe(gzip ? 'gzip' : undefined)
  })

  it('a cached page with the length Next stated gets the length it now has', async () => {
    const server = await serve(200, 'text/html; charset=utf-8', (response) => {
      response.setHeader('Content-Length', String(Buffer.byteLength(page)))
      response.end(page)
    })
    const { headers, body } = await get(server.url, false)
    server.close()
    expect(body).not.toContain('_next/static')
    expect(Number(headers['content-length'])).toBe(Buffer.byteLength(body))
  })

  it.each([
    [500, 'text/html; charset=utf-8'],
    [404, 'text/html; charset=utf-8'],
    [200, 'application/json'],
  ])('an answer with status %i and type %s is sent as it was', async (status, type) => {
    const server = await serve(status, type, (response) => response.end(page))
    const { body } = await get(server.url, true)
    server.close()
    expect(body).toBe(page)
  })
})

// Next's answer for an unknown slug: an empty shell that only its runtime turns into a page.
const emptyShell = '<!DOCTYPE html><html id="__next_error__"><head><script src="/_next/static/chunks/a.js" async=""></script></head><body><div hidden=""></div><script>self.__next_f.push([1,"4:E{}"])</script></body></html>'
const notFoundPage = '<!DOCTYPE html><html lang="es"><head><script src="/_next/static/chunks/a.js" async=""></script></head><body><main><h1>Página no encontrada</h1>' + 'Texto. '.repeat(200) + '</main><script>self.__next_f.push([1,"x"])</script></body></html>'

describe('a reader’s 404 is the not-found page rendered on the server', () => {
  it.each([true, false])('in place of Next’s empty shell, still a 404, without Next’s runtime; compressed: %s', async (gzip) => {
    const server = await serve(404, 'text/html; charset=utf-8', (response) => {
      response.setHeader('Content-Length', String(Buffer.byteLength(emptyShell)))
      response.end(emptyShell)
    }, { notFoundDocument: async () => notFoundPage })
    const { status, headers, body } = await get(server.url, gzip)
    server.close()
    expect(status).toBe(404)
    expect(body).toBe('<!DOCTYPE html><html lang="es"><head></head><body><main><h1>Página no encontrada</h1>' + 'Texto. '.repeat(200) + '</main></body></html>')
    expect(headers['content-encoding']).toBe(gzip ? 'gzip' : undefined)
  })

  it.each([
    ['cannot be had', async () => undefined],
    ['fails', async () => Promise.reject(new Error('connection refused'))],
  ])('when the not-found page %s, Next’s own answer goes out unchanged', async (_, notFoundDocument) => {
    const server = await serve(404, 'text/html; charset=utf-8', (response) => response.end(emptyShell), { notFoundDocument })
    const { status, body } = await get(server.url, true)
    server.close()
    expect([status, body]).toEqual([404, emptyShell])
  })

  it('a page asked for by the not-found page’s own address is sent as a 404', async () => {
    const server = await serve(200, 'text/html; charset=utf-8', (response) => response.end(notFoundPage), { statusForPage: 404 })
    const { status, body } = await get(server.url, false)
    server.close()
    expect(status).toBe(404)
    expect(body).not.toContain('_next/static')
  })
})
