// Payload reads a JSON body whole (`req.text()`, no limit) and a multipart body as it streams.
// This wrapper stands in front of its route handlers: a body over the limit is answered 413
// before Payload buffers it — at once when Content-Length says so, and, for a chunked body
// without Content-Length, as soon as the bytes read pass the limit. The rest of the body is
// then read and dropped, within bounds (./discardRest.ts), so the client gets to read the 413.
import { discardRest } from './discardRest'
import type { RouteHandler } from './routeHandler'
import { uploadLimits } from '../uploads/uploadLimits'

const MiB = 1024 * 1024

export const requestBodyLimits = {
  // A document saved through the REST API; the admin's own saves go as multipart.
  json: 2 * MiB,
  // One upload and its fields: Payload counts the same bytes (upload.requestSizeLimit).
  multipart: uploadLimits.requestBytes,
} as const

type Language = 'de' | 'es' | 'en'
const tooLargeText: Record<Language, (megabytes: number) => string> = {
  de: (mb) => `Die Anfrage ist zu groß (höchstens ${mb} MB).`,
  es: (mb) => `La solicitud es demasiado grande (máximo ${mb} MB).`,
  en: (mb) => `The request is too large (at most ${mb} MB).`,
}

// The admin's language cookie first (Payload's own choice), then the browser's.
function languageOf(request: Request): Language {
  const cookie = request.headers.get('cookie')?.match(/(?:^|;\s*)payload-lng=(\w+)/)?.[1]
  const wanted = [cookie, ...(request.headers.get('accept-language') ?? '').split(',').map((part) => part.split(/[-;]/)[0].trim())]
  return (wanted.find((code) => code && code in tooLargeText) as Language | undefined) ?? 'de'
}

export function bodyLimitFor(contentType: string | null): number {
  return contentType?.toLowerCase().startsWith('multipart/') ? requestBodyLimits.multipart : requestBodyLimits.json
}

// Answered while the rest of the body is dropped: once that is read, the connection serves the
// client's next request; past the bounds, it is closed.
function tooLarge(request: Request, reader: ReadableStreamDefaultReader<Uint8Array>, limit: number): Response {
  void discardRest(reader)
  const message = tooLargeText[languageOf(request)](Math.floor(limit / MiB))
  return Response.json({ errors: [{ message }] }, { status: 413 })
}

// Reads at most `limit` bytes; undefined once the body goes past it (the reader stays open).
async function readAtMost(reader: ReadableStreamDefaultReader<Uint8Array>, limit: number): Promise<Blob | undefined> {
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) return undefined
    chunks.push(value)
  }
  return new Blob(chunks as BlobPart[])
}

export function limitRequestBody<Args extends unknown[]>(handler: RouteHandler<Args>): RouteHandler<Args> {
  return async (request, ...args) => {
    if (!request.body) return handler(request, ...args)
    const limit = bodyLimitFor(request.headers.get('content-type'))
    const declared = request.headers.get('content-length')
    // With Content-Length the HTTP server delivers no more bytes than declared.
    if (declared !== null) {
      return Number(declared) > limit ? tooLarge(request, request.body.getReader(), limit) : handler(request, ...args)
    }
    const reader = request.body.getReader()
    const body = await readAtMost(reader, limit)
    if (!body) return tooLarge(request, reader, limit)
    const headers = new Headers(request.headers)
    headers.set('content-length', String(body.size))
    return handler(new Request(request.url, { method: request.method, headers, body, signal: request.signal }), ...args)
  }
}
