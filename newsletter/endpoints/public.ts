import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'
import { defaultLocale, isLocale, type Locale } from '../../i18n/locales'
import { confirmSignUp } from '../confirm'
import { resultPagePath } from '../links'
import { fromFormData, parseSignUp } from '../schema'
import { signUp } from '../signUp'
import { translateNewsletter } from '../translate'
import { unsubscribe } from '../unsubscribe'

// Public newsletter endpoints under /api/newsletter (Payload's REST route serves them; no login).
// A form post gets a redirect to a page; a fetch with JSON gets JSON. Failures are codes
// (Newsletter.errors.*) plus the localized text, never a library message.

// The first X-Forwarded-For entry, as set by our reverse proxy (which must overwrite, not
// append to, what the client sent); a direct connection has no header and counts as "unknown".
export const clientIp = (req: PayloadRequest): string | null =>
  req.headers.get('x-forwarded-for')?.split(',')[0]?.trim() || req.headers.get('x-real-ip') || null

const wantsJson = (req: PayloadRequest) => (req.headers.get('content-type') ?? '').includes('application/json')

const redirect = (req: PayloadRequest, path: string) =>
  new Response(null, { status: 303, headers: { Location: new URL(path, siteOrigin(req)).toString() } })

const siteOrigin = (req: PayloadRequest) => req.payload.config.serverURL || new URL(req.url ?? 'http://localhost').origin

const json = (body: unknown, status: number, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } })

async function readBody(req: PayloadRequest): Promise<{ raw: unknown; json: boolean }> {
  const text = req.text ? await req.text() : ''
  if (wantsJson(req)) return { raw: JSON.parse(text || 'null'), json: true }
  return { raw: fromFormData(new URLSearchParams(text)), json: false }
}

const localeOf = (raw: unknown): Locale => {
  const value = (raw as { locale?: unknown } | null)?.locale
  return isLocale(value) ? value : defaultLocale
}

const signUpHandler: PayloadHandler = async (req) => {
  let body: { raw: unknown; json: boolean }
  try {
    body = await readBody(req)
  } catch {
    return json({ status: 'invalid', errors: { email: 'email' } }, 400)
  }
  const locale = localeOf(body.raw)
  // Read only when a message is needed: the common path answers without it.
  const message = async (key: 'rateLimited' | 'unavailable') => (await translateNewsletter(req.payload, locale, 'Newsletter.errors'))(key)
  const parsed = parseSignUp(body.raw)
  if (!parsed.ok) {
    if (body.json) return json({ status: 'invalid', errors: parsed.errors }, 400)
    const fields = Object.keys(parsed.errors).join(',')
    return redirect(req, `${resultPagePath(locale)}?errors=${encodeURIComponent(fields)}`)
  }
  try {
    const outcome = await signUp(req.payload, parsed.data, { ip: clientIp(req) })
    if (outcome.status === 'invalid') {
      if (body.json) return json({ status: 'invalid', errors: outcome.errors }, 400)
      return redirect(req, `${resultPagePath(locale)}?errors=${Object.keys(outcome.errors).join(',')}`)
    }
    if (outcome.status === 'rate-limited') {
      const retry = { 'Retry-After': String(outcome.retryAfterSeconds) }
      const text = await message('rateLimited')
      if (body.json) return json({ status: 'rate-limited', error: 'rateLimited', message: text }, 429, retry)
      return new Response(messagePage(locale, text), {
        status: 429,
        headers: { 'Content-Type': 'text/html; charset=utf-8', ...retry },
      })
    }
    if (body.json) return json({ status: 'accepted' }, 200)
    return redirect(req, resultPagePath(locale, 'check-mail'))
  } catch (error) {
    req.payload.logger.error({ err: error, msg: 'newsletter: sign-up failed' })
    const text = await message('unavailable')
    const retry = { 'Retry-After': '10' }
    if (body.json) return json({ status: 'unavailable', error: 'unavailable', message: text }, 503, retry)
    return new Response(messagePage(locale, text), { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8', ...retry } })
  }
}

const messagePage = (locale: Locale, message: string) =>
  `<!doctype html><html lang="${locale}"><meta charset="utf-8"><title>${message}</title>` +
  `<main><p role="alert">${message}</p><p><a href="${resultPagePath(locale)}">←</a></p></main></html>`

const confirmHandler: PayloadHandler = async (req) => {
  const token = new URL(req.url ?? 'http://localhost').searchParams.get('token')
  const outcome = await confirmSignUp(req.payload, token)
  const locale = outcome.locale ?? defaultLocale
  if (outcome.status === 'confirmed') return redirect(req, resultPagePath(locale, 'confirmed'))
  return redirect(req, resultPagePath(locale, 'error', outcome.status))
}

// GET is the link in the mail; POST is RFC 8058 one-click (body "List-Unsubscribe=One-Click").
const unsubscribeHandler =
  (method: 'get' | 'post'): PayloadHandler =>
  async (req) => {
    const query = new URL(req.url ?? 'http://localhost').searchParams
    const outcome = await unsubscribe(req.payload, query.get('id'), query.get('token'))
    if (method === 'post') {
      return json({ status: outcome.status }, outcome.status === 'unsubscribed' ? 200 : 400)
    }
    const locale = outcome.status === 'unsubscribed' ? (outcome.locale ?? defaultLocale) : defaultLocale
    if (outcome.status === 'unsubscribed') return redirect(req, resultPagePath(locale, 'unsubscribed'))
    return redirect(req, resultPagePath(locale, 'error', 'invalid'))
  }

export const newsletterEndpoints: Endpoint[] = [
  { path: '/newsletter/sign-up', method: 'post', handler: signUpHandler },
  { path: '/newsletter/confirm', method: 'get', handler: confirmHandler },
  { path: '/newsletter/unsubscribe', method: 'get', handler: unsubscribeHandler('get') },
  { path: '/newsletter/unsubscribe', method: 'post', handler: unsubscribeHandler('post') },
]
