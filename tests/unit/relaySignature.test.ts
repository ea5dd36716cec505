import { relaySignature, relaySignatureValid, SIGNATURE_WINDOW_SECONDS } from '@/newsletter/relaySignature'

const secret = 'relay-secret-for-tests-0123456789abcdef'
const body = '{"events":[{"type":"hard-bounce","email":"a@b.example.org"}]}'
const at = new Date('2026-12-02T10:00:00Z')
const timestamp = String(at.getTime() / 1000)

test('a report signed with the secret over its timestamp and body is valid', () => {
  expect(relaySignature(secret, timestamp, body)).toMatch(/^sha256=[0-9a-f]{64}$/)
  expect(relaySignatureValid(secret, { timestamp, signature: relaySignature(secret, timestamp, body) }, body, at)).toBe(true)
})

test('another secret, another body, a missing header or a stale timestamp is refused', () => {
  const signature = relaySignature(secret, timestamp, body)
  expect(relaySignatureValid('x'.repeat(40), { timestamp, signature }, body, at)).toBe(false)
  expect(relaySignatureValid(secret, { timestamp, signature }, body.replace('hard', 'soft'), at)).toBe(false)
  expect(relaySignatureValid(secret, { timestamp: null, signature }, body, at)).toBe(false)
  expect(relaySignatureValid(secret, { timestamp, signature: null }, body, at)).toBe(false)
  const later = new Date(at.getTime() + (SIGNATURE_WINDOW_SECONDS + 1) * 1000)
  expect(relaySignatureValid(secret, { timestamp, signature }, body, later)).toBe(false)
  expect(relaySignatureValid(secret, { timestamp: '1e9', signature }, body, at)).toBe(false)
})
