import type { Payload } from 'payload'
import { defaultLocale, isLocale, type Locale } from '../i18n/locales'
import { settings } from '../lib/env'
import { clientAddress } from '../lib/http/clientAddress'
import { parseSignUp } from './schema'
import { signUp } from './signUp'
import { answerFor, type SignUpAnswer } from './signUpAnswer'

// The one path of a sign-up, behind /api/newsletter/sign-up (newsletter/endpoints/public.ts),
// whether the form posts itself or its script (public/scripts/newsletter-sign-up.js) sends it as
// JSON: check the input once, here, then sign up, then one answer. Failures of the database or the mail server become "unavailable", logged.
export async function submitSignUp(
  payload: Payload | Promise<Payload>,
  raw: unknown,
  requestHeaders: Pick<Headers, 'get'>,
): Promise<SignUpAnswer> {
  const locale = localeOf(raw)
  const parsed = parseSignUp(raw)
  if (!parsed.ok) return answerFor({ status: 'invalid', errors: parsed.errors }, locale)
  let app: Payload | undefined
  try {
    app = await payload
    const ip = clientAddress(requestHeaders.get('x-forwarded-for'), settings().TRUSTED_PROXY_HOPS)
    return answerFor(await signUp(app, parsed.data, { ip }), locale)
  } catch (error) {
    if (app) app.logger.error({ err: error, msg: 'newsletter: sign-up failed' })
    else console.error('newsletter: sign-up failed', error)
    return answerFor({ status: 'unavailable' }, locale)
  }
}

// The answer's language: the form's locale field when it names one, else German.
function localeOf(raw: unknown): Locale {
  const value = (raw as { locale?: unknown } | null)?.locale
  return isLocale(value) ? value : defaultLocale
}
