import type { Payload } from 'payload'
import { defaultLocale, isLocale, type Locale } from '../i18n/locales'
import { settings } from '../lib/env'
import { clientAddress } from '../lib/http/clientAddress'
import { feedbackAnswerFor, type FeedbackAnswer, type FeedbackResult } from './answer'
import { spendFeedbackPoint } from './rateLimit'
import { recordFeedback } from './recordFeedback'
import { parseFeedback } from './schema'

// The one path of a barrier report (the form POST, accessibility/endpoint.ts, and any JSON
// client): check the input once, here; spend the client's and everyone's budget; store the
// report and queue its mail together; one answer. A failing database becomes "unavailable", logged.
export async function submitFeedback(payload: Payload, raw: unknown, requestHeaders: Pick<Headers, 'get'>): Promise<FeedbackAnswer> {
  const locale = localeOf(raw)
  const parsed = parseFeedback(raw)
  if (!parsed.ok) return feedbackAnswerFor({ status: 'invalid', errors: parsed.errors }, locale)
  try {
    return feedbackAnswerFor(await accept(payload, parsed.data, requestHeaders), locale)
  } catch (error) {
    payload.logger.error({ err: error, msg: 'accessibility: feedback could not be stored' })
    return feedbackAnswerFor({ status: 'unavailable' }, locale)
  }
}

async function accept(payload: Payload, input: Parameters<typeof recordFeedback>[1], requestHeaders: Pick<Headers, 'get'>): Promise<FeedbackResult> {
  const ip = clientAddress(requestHeaders.get('x-forwarded-for'), settings().TRUSTED_PROXY_HOPS)
  for (const [budget, value] of [['ip', ip ?? 'unknown'], ['global', '']] as const) {
    const verdict = await spendFeedbackPoint(payload, budget, value)
    if (!verdict.ok) return { status: 'rate-limited', retryAfterSeconds: verdict.retryAfterSeconds }
  }
  // Bots fill the hidden field: they hear the usual answer and nothing is stored or sent.
  if (input.website) return { status: 'accepted' }
  await recordFeedback(payload, input)
  return { status: 'accepted' }
}

const localeOf = (raw: unknown): Locale => {
  const value = (raw as { locale?: unknown } | null)?.locale
  return isLocale(value) ? value : defaultLocale
}
