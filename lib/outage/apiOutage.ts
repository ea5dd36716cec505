import type { Locale } from '@/i18n/locales'
import type { RouteHandler } from '@/lib/http/routeHandler'
import { logEvent } from '@/lib/log/logger'
import { databaseReachable, noteOutage, retryAfterSeconds } from './databaseState'
import { outageText, preferredLocale } from './outageText'

// Payload's route handlers answer a database outage with a 500 (and "There was an error
// initializing Payload" while it cannot start). Wrapped, they answer 503 with Retry-After and
// a message in the reader's language, as JSON — for a browser too (the sign-up form without
// JavaScript): a route handler cannot render React, and HTML is never built by hand here. Other failures pass through unchanged.
// `errorsIn200`: GraphQL answers a failed query with 200 and {"errors": […]} in Payload's English.
export function withOutageAnswers<Handlers extends Record<string, RouteHandler<never[]>>>(
  handlers: Handlers,
  options: { errorsIn200?: boolean } = {},
): Handlers {
  return Object.fromEntries(Object.entries(handlers).map(([method, handler]) => [method, answerOutages(handler, options)])) as Handlers
}

function answerOutages<Args extends unknown[]>(handler: RouteHandler<Args>, options: { errorsIn200?: boolean }): RouteHandler<Args> {
  return async (request, ...args) => {
    // The sign-up names its language in the body, which the handler consumes.
    const copy = request.method === 'POST' && new URL(request.url).pathname.startsWith('/api/newsletter/') ? request.clone() : null
    let response: Response
    try {
      response = await handler(request, ...args)
    } catch (error) {
      if (await databaseReachable(Date.now())) throw error
      return outageAnswer(request, copy)
    }
    const failed = response.status >= 500 || (options.errorsIn200 && response.status === 200 && (await carriesErrors(response)))
    if (!failed || (await databaseReachable(Date.now()))) return response
    return outageAnswer(request, copy)
  }
}

const carriesErrors = async (response: Response) =>
  Array.isArray(((await response.clone().json().catch(() => null)) as { errors?: unknown } | null)?.errors)

async function outageAnswer(request: Request, copy: Request | null): Promise<Response> {
  const url = new URL(request.url)
  const locale = preferredLocale(request.headers.get('accept-language'), await namedLocale(copy), url.searchParams.get('locale'))
  const { status, headers, body } = outageAnswerParts(locale, { method: request.method, path: url.pathname })
  return Response.json(body, { status, headers })
}

// The outage answer in `locale`, noted and logged; also sent by the sign-up's door below Next
// (newsletter/endpoints/signUpBelowNext.ts), which has no Request to hand over.
export function outageAnswerParts(locale: Locale, request: { method: string; path: string }) {
  noteOutage()
  logEvent('warn', 'answered 503: database unreachable', request)
  return {
    status: 503,
    headers: { 'Retry-After': String(retryAfterSeconds), 'Cache-Control': 'no-store' },
    body: { status: 'unavailable', error: 'unavailable', message: outageText(locale, 'api') },
  }
}

// The locale field of a JSON or form body; nothing when there is none or it cannot be read.
async function namedLocale(copy: Request | null): Promise<unknown> {
  if (!copy) return undefined
  const text = await copy.text().catch(() => '')
  if ((copy.headers.get('content-type') ?? '').includes('application/json')) {
    try {
      return (JSON.parse(text) as { locale?: unknown } | null)?.locale
    } catch {
      return undefined // not JSON: the query or the browser's language decides
    }
  }
  return new URLSearchParams(text).get('locale')
}
