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

// Links that must keep working for as long as mails are read (unsubscribe, preferences) are not
// stored: an HMAC-SHA-256 of the purpose and the subscriber id under the server secret — 256 bits
// nobody can guess or derive from another subscriber's link — checked in constant time.
type LinkPurpose = 'unsubscribe' | 'preferences'

const signedLink = (secret: string, purpose: LinkPurpose, subscriberId: number) =>
  createHmac('sha256', secret).update(`newsletter-${purpose}:${subscriberId}`).digest('base64url')

function verifySignedLink(secret: string, purpose: LinkPurpose, subscriberId: number, token: string): boolean {
  const expected = Buffer.from(signedLink(secret, purpose, subscriberId))
  const given = Buffer.from(token)
  return expected.length === given.length && timingSafeEqual(expected, given)
}

export const unsubscribeToken = (secret: string, subscriberId: number) => signedLink(secret, 'unsubscribe', subscriberId)

export const verifyUnsubscribeToken = (secret: string, subscriberId: number, token: string) =>
  verifySignedLink(secret, 'unsubscribe', subscriberId, token)

export const preferencesToken = (secret: string, subscriberId: number) => signedLink(secret, 'preferences', subscriberId)

export const verifyPreferencesToken = (secret: string, subscriberId: number, token: string) =>
  verifySignedLink(secret, 'preferences', subscriberId, token)
