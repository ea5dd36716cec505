import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

// Confirmation links carry 256 random bits; the database keeps only their SHA-256, so a leaked
// table cannot confirm anyone. A token works once and for CONFIRMATION_TTL_MS.
export const CONFIRMATION_TTL_MS = 48 * 60 * 60 * 1000

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex')
}

export function newConfirmationToken(now = new Date()) {
  const token = randomBytes(32).toString('base64url')
  return { token, hash: hashToken(token), expiresAt: new Date(now.getTime() + CONFIRMATION_TTL_MS) }
}

export const looksLikeToken = (value: unknown): value is string =>
  typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value)

// Unsubscribe links must keep working for as long as mails are read, so they are not stored:
// an HMAC of the subscriber id under the server secret, checked in constant time.
export function unsubscribeToken(secret: string, subscriberId: number): string {
  return createHmac('sha256', secret).update(`newsletter-unsubscribe:${subscriberId}`).digest('base64url')
}

export function verifyUnsubscribeToken(secret: string, subscriberId: number, token: string): boolean {
  const expected = Buffer.from(unsubscribeToken(secret, subscriberId))
  const given = Buffer.from(token)
  return expected.length === given.length && timingSafeEqual(expected, given)
}
