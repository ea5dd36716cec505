import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'
import { defaultLocale, isLocale, type Locale } from '../../i18n/locales'
import { confirmSignUp } from '../confirm'
import { confirmPagePath, preferencesPagePath, resultPagePath, unsubscribePagePath } from '../links'
import { preferencesFormFrom, savePreferences } from '../preferences'
import { fromFormData } from '../schema'
import { answerBody, retryAfterHeader } from '../signUpAnswer'
import { submitSignUp } from '../submitSignUp'
import { unsubscribe } from '../unsubscribe'

// Public newsletter endpoints under /api/newsletter (Payload's REST route serves them; no login).
// Every state change is a POST. A form post gets a 303 to a page, where React renders the
// answer in the reader's language; a fetch with JSON gets JSON with codes. No answer here is
// HTML: nothing a translator wrote is ever put into a response by hand.

const siteOrigin = (req: PayloadRequest) => req.payload.config.serverURL || new URL(req.url ?? 'http://localhost').origin

const seeOther = (req: PayloadRequest, path: string, headers: Record<string, string> = {}) =>
  new Response(null, { status: 303, headers: { Location: new URL(path, siteOrigin(req)).toString(), 'Cache-Control': 'no-store', ...headers } })

const json = (body: unknown, status: number, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } })

const wantsJson = (req: PayloadRequest) => (req.headers.get('content-type') ?? '').includes('application/json')

const queryOf = (req: PayloadRequest) => new URL(req.url ?? 'http://localhost').searchParams

const formOf = async (req: PayloadRequest) => new URLSearchParams(req.text ? await req.text() : '')

const localeIn = (form: URLSearchParams): Locale => {
  const value = form.get('locale')
  return isLocale(value) ? value : defaultLocale
}

// Malformed JSON is a bad request like any other invalid input: the schema answers it.
async function signUpInput(req: PayloadRequest): Promise<unknown> {
  if (!wantsJson(req)) return fromFormData(await formOf(req))
  try {
    return JSON.parse((req.text ? await req.text() : '') || 'null')
  } catch (error) {
    req.payload.logger.info({ msg: 'newsletter: sign-up with malformed JSON', err: error })
    return null
  }
}

// The form's action without JavaScript, and the JSON API: one path, one answer.
const signUpHandler: PayloadHandler = async (req) => {
  const answer = await submitSignUp(req.payload, await signUpInput(req), req.headers)
  if (wantsJson(req)) return json(answerBody(answer), answer.httpStatus, retryAfterHeader(answer))
  return seeOther(req, answer.page, retryAfterHeader(answer))
}

// The button on the confirmation page (app/(frontend)/[locale]/newsletter/confirm).
const confirmHandler: PayloadHandler = async (req) => {
  const form = await formOf(req)
  const outcome = await confirmSignUp(req.payload, form.get('token'))
  const locale = outcome.locale ?? localeIn(form)
  if (outcome.status === 'confirmed') return seeOther(req, resultPagePath(locale, 'confirmed'))
  return seeOther(req, resultPagePath(locale, 'error', outcome.status))
}

// The button on the unsubscribe page sends its locale and gets the result page. Anything else
// is RFC 8058 one-click (a mail client POSTs "List-Unsubscribe=One-Click", urlencoded or
// multipart) and gets JSON, as before.
const unsubscribeHandler: PayloadHandler = async (req) => {
  const query = queryOf(req)
  const form = await formOf(req)
  const outcome = await unsubscribe(req.payload, query.get('id'), query.get('token'))
  if (!form.has('locale')) return json({ status: outcome.status }, outcome.status === 'unsubscribed' ? 200 : 400)
  if (outcome.status === 'invalid') return seeOther(req, resultPagePath(localeIn(form), 'error', 'invalid'))
  return seeOther(req, resultPagePath(outcome.locale ?? localeIn(form), 'unsubscribed'))
}

// The preference page's save button (app/(frontend)/[locale]/newsletter/preferences). The answer
// is the page again, in the language just chosen, saying what happened.
const preferencesHandler: PayloadHandler = async (req) => {
  const form = await formOf(req)
  const parsed = preferencesFormFrom(form)
  const id = Number(form.get('id'))
  const token = form.get('token') ?? ''
  const back = (locale: Locale, notice?: 'saved' | 'invalid') => seeOther(req, preferencesPagePath(locale, id, token, notice))
  if (!parsed.success) return Number.isSafeInteger(id) && id > 0 && token ? back(localeIn(form), 'invalid') : seeOther(req, resultPagePath(localeIn(form), 'error', 'invalid'))
  const outcome = await savePreferences(req.payload, parsed.data)
  if (outcome.status === 'saved') return back(outcome.locale, 'saved')
  if (outcome.status === 'invalid') return seeOther(req, resultPagePath(parsed.data.locale, 'error', 'invalid'))
  return back(parsed.data.locale, outcome.status === 'unknown-interest' ? 'invalid' : undefined)
}

// Links in mails sent before the pages existed pointed here; opening one now shows the page
// with the button, and changes nothing.
const legacyConfirmLink: PayloadHandler = async (req) =>
  seeOther(req, confirmPagePath(defaultLocale, queryOf(req).get('token') ?? ''))

const legacyUnsubscribeLink: PayloadHandler = async (req) => {
  const query = queryOf(req)
  return seeOther(req, unsubscribePagePath(defaultLocale, Number(query.get('id')) || 0, query.get('token') ?? ''))
}

export const newsletterEndpoints: Endpoint[] = [
  { path: '/newsletter/sign-up', method: 'post', handler: signUpHandler },
  { path: '/newsletter/confirm', method: 'post', handler: confirmHandler },
  { path: '/newsletter/confirm', method: 'get', handler: legacyConfirmLink },
  { path: '/newsletter/unsubscribe', method: 'post', handler: unsubscribeHandler },
  { path: '/newsletter/unsubscribe', method: 'get', handler: legacyUnsubscribeLink },
  { path: '/newsletter/preferences', method: 'post', handler: preferencesHandler },
]
