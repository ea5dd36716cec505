import type http from 'node:http'
import type { Payload } from 'payload'
import { defaultLocale } from '../../i18n/locales'
import { answerLanguage } from '../../lib/http/language'
import { badInputMessage } from '../../lib/http/messages'
import { requestBodyLimits } from '../../lib/http/requestBodyLimit'
import { apiAnswerHeaders } from '../../lib/http/securityHeaders'
import { jsonBodyProblem } from '../../lib/http/unreadableBody'
import { wrapServerRequests } from '../../lib/http/wrapServerRequests'
import { logEvent } from '../../lib/log/logger'
import { outageAnswerParts } from '../../lib/outage/apiOutage'
import { databaseReachable } from '../../lib/outage/databaseState'
import { preferredLocale } from '../../lib/outage/outageText'
import { answerBody, answerFor, retryAfterHeader } from '../signUpAnswer'
import { submitSignUp } from '../submitSignUp'

// The sign-up's JSON door, answered below Next. Through Next's router, its route handler and
// Payload's REST layer a sign-up cost the server ~9 ms of CPU on a 2-core machine, of which the
// sign-up itself (newsletter/submitSignUp.ts, its one statement) was ~1 ms: with 50 readers at
// once the server's one thread was the queue (bench:signup, 110 a second, p99 860 ms). Here the
// same sign-up is answered straight from Node's request: the same input check, the same
// statement, the same answer and codes as the REST endpoint (newsletter/endpoints/public.ts), and
// what Next and the REST route's wrappers would have added: the API's security headers
// (lib/http/securityHeaders.ts), the 400 for a body that is no JSON object
// (lib/http/unreadableBody.ts), the outage answer (lib/outage/apiOutage.ts). The request context
// and X-Request-Id come from the server patch around this one (instrumentation.ts).
// Only the plain case is taken: POST, this path with no query, a JSON body whose length is
// declared and within the API's limit. Everything else — the form post without JavaScript, a
// chunked or oversized body, another method — goes on to Next and Payload as before.
export const signUpPath = '/api/newsletter/sign-up'

export function takesSignUp(request: http.IncomingMessage): boolean {
  if (request.method !== 'POST' || request.url !== signUpPath) return false
  const mediaType = (request.headers['content-type'] ?? '').split(';', 1)[0].trim().toLowerCase()
  const declared = request.headers['content-length']
  return (
    mediaType === 'application/json' &&
    declared !== undefined &&
    /^\d+$/.test(declared) &&
    Number(declared) <= requestBodyLimits.json &&
    request.headers['transfer-encoding'] === undefined
  )
}

// Installed once from instrumentation.ts, inside the server patch; `payload` is the app's own
// instance (lib/payloadClient.ts), a function so that tests pass theirs.
export function installSignUpBelowNext(payload: () => Promise<Payload>): void {
  wrapServerRequests('newsletterSignUp', (request, response, next) => {
    if (!takesSignUp(request)) return next()
    answerSignUp(payload, request, response).catch((error: unknown) => {
      // submitSignUp answers every failure of its own; this is a bug or a broken connection.
      logEvent('error', 'newsletter: sign-up below Next failed', { err: String(error) })
      const unavailable = answerFor({ status: 'unavailable' }, defaultLocale)
      if (!response.headersSent) send(response, unavailable.httpStatus, answerBody(unavailable), retryAfterHeader(unavailable))
      else response.destroy()
    })
    return true
  })
}

async function answerSignUp(payload: () => Promise<Payload>, request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
  const text = await bodyOf(request)
  const problem = jsonBodyProblem(text)
  if (problem) {
    const language = answerLanguage(new Headers({ cookie: request.headers.cookie ?? '', 'accept-language': request.headers['accept-language'] ?? '' }))
    return send(response, 400, { errors: [{ message: badInputMessage(problem, language) }] })
  }
  const raw: unknown = text ? JSON.parse(text) : null
  const answer = await submitSignUp(payload(), raw, { get: (name: string) => headerOf(request, name) })
  // As the REST route's outage wrapper does: "unavailable" while the database is away is the
  // outage answer, in the language the form named.
  if (answer.outcome === 'unavailable' && !(await databaseReachable(Date.now()))) {
    const locale = preferredLocale(headerOf(request, 'accept-language'), (raw as { locale?: unknown } | null)?.locale)
    const outage = outageAnswerParts(locale, { method: 'POST', path: signUpPath })
    return send(response, outage.status, outage.body, outage.headers)
  }
  send(response, answer.httpStatus, answerBody(answer), retryAfterHeader(answer))
}

function headerOf(request: http.IncomingMessage, name: string): string | null {
  const value = request.headers[name.toLowerCase()]
  return Array.isArray(value) ? value.join(', ') : (value ?? null)
}

// The declared length bounds what Node's parser delivers (takesSignUp checked it).
function bodyOf(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

// Built once: they depend on the build's mode only, like the rules Next reads from next.config.ts.
const securityHeaders = apiAnswerHeaders(process.env.NODE_ENV === 'production')

// Headers and body in one write.
function send(response: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const json = JSON.stringify(body)
  for (const { key, value } of securityHeaders) response.setHeader(key, value)
  response.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': String(Buffer.byteLength(json)),
    'Cache-Control': 'no-store',
    ...headers,
  })
  response.end(json)
}
