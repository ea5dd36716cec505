import { createHmac, timingSafeEqual } from 'node:crypto'

// The relay signs each report: X-Relay-Timestamp (Unix seconds) and
// X-Relay-Signature: sha256=<hex HMAC-SHA-256 of "<timestamp>.<body>" under MAIL_RELAY_SECRET>.
// The secret never travels, a changed body fails, and a report replayed later than the window
// is refused.
export const SIGNATURE_WINDOW_SECONDS = 5 * 60

export const relaySignature = (secret: string, timestamp: string, body: string) =>
  `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`

export function relaySignatureValid(
  secret: string,
  headers: { timestamp: string | null; signature: string | null },
  body: string,
  now = new Date(),
): boolean {
  const { timestamp, signature } = headers
  if (!timestamp || !signature || !/^\d{1,12}$/.test(timestamp)) return false
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > SIGNATURE_WINDOW_SECONDS) return false
  const expected = Buffer.from(relaySignature(secret, timestamp, body))
  const given = Buffer.from(signature)
  return expected.length === given.length && timingSafeEqual(expected, given)
}
