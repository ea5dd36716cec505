import { createHmac } from 'node:crypto'
import type { Payload } from 'payload'
import { RateLimiterRes } from 'rate-limiter-flexible'
import { settings, requireSecret } from '../lib/env'
import { sharedLimiter } from '../lib/rateLimit/sharedLimiter'

// Feedback is limited like the newsletter sign-up (newsletter/rateLimit.ts): per client address
// and in all, in the store every instance shares, under HMAC keys (never an address in clear).
export type FeedbackBudget = 'ip' | 'global'

const rules: Record<FeedbackBudget, { keyPrefix: string; durationSeconds: number; points: () => number }> = {
  ip: { keyPrefix: 'fb-ip', durationSeconds: 3600, points: () => settings().FEEDBACK_LIMIT_PER_IP },
  global: { keyPrefix: 'fb-all', durationSeconds: 3600, points: () => settings().FEEDBACK_LIMIT_GLOBAL },
}

const keyOf = (budget: FeedbackBudget, value: string) =>
  createHmac('sha256', `feedback-rate-limit:${requireSecret()}`).update(`${budget}:${value}`).digest('hex')

export type FeedbackVerdict = { ok: true } | { ok: false; retryAfterSeconds: number }

export async function spendFeedbackPoint(payload: Payload, budget: FeedbackBudget, value: string): Promise<FeedbackVerdict> {
  const { keyPrefix, durationSeconds, points } = rules[budget]
  try {
    await sharedLimiter(payload, { keyPrefix, durationSeconds, points: points() }).consume(keyOf(budget, value))
    return { ok: true }
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) }
    throw rejection
  }
}
