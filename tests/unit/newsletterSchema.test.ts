/**
 * @jest-environment node
 */
import { fromFormData, normalizeAddress, parseSignUp } from '@/newsletter/schema'
import { hashToken, newConfirmationToken, unsubscribeToken, verifyUnsubscribeToken } from '@/newsletter/tokens'

const valid = { email: 'Leser@Example.org', consent: true, locale: 'de' }

describe('sign-up schema', () => {
  test('accepts a plain address, trims it and lowercases it', () => {
    const parsed = parseSignUp({ ...valid, email: '  Leser@Example.org ' })
    expect(parsed).toEqual({ ok: true, data: { email: 'leser@example.org', consent: true, locale: 'de', interests: [], website: '' } })
  })

  test('accepts an IDN domain and stores it as punycode', () => {
    expect(normalizeAddress('anna@bücher.de')).toBe('anna@xn--bcher-kva.de')
    expect(normalizeAddress('jose@mexicó.mx')).toBe('jose@xn--mexic-4ta.mx')
  })

  test.each([
    ['no at sign', 'leser.example.org'],
    ['no domain dot', 'leser@localhost'],
    ['local part longer than 64', `${'a'.repeat(65)}@example.org`],
    ['address longer than 254', `a@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.${'e'.repeat(63)}.org`],
    ['two dots', 'le..ser@example.org'],
    ['space inside', 'le ser@example.org'],
    ['label starting with a hyphen', 'leser@-example.org'],
    ['empty', '   '],
  ])('refuses an address with %s', (_, email) => {
    expect(parseSignUp({ ...valid, email })).toEqual({ ok: false, errors: { email: 'email' } })
  })

  test('accepts a local part of exactly 64 characters', () => {
    expect(parseSignUp({ ...valid, email: `${'a'.repeat(64)}@example.org` }).ok).toBe(true)
  })

  test('consent must be exactly true', () => {
    for (const consent of [false, 'true', undefined, 1]) {
      expect(parseSignUp({ ...valid, consent })).toEqual({ ok: false, errors: { consent: 'consent' } })
    }
  })

  test('the locale must be one of de, es, en', () => {
    expect(parseSignUp({ ...valid, locale: 'fr' })).toEqual({ ok: false, errors: { locale: 'locale' } })
  })

  test('at most ten interests, given as workplan-area ids', () => {
    expect(parseSignUp({ ...valid, interests: ['1', '2'] })).toMatchObject({ ok: true, data: { interests: [1, 2] } })
    expect(parseSignUp({ ...valid, interests: Array.from({ length: 11 }, (_, i) => i + 1) })).toEqual({
      ok: false,
      errors: { interests: 'interests' },
    })
    expect(parseSignUp({ ...valid, interests: ['abc'] }).ok).toBe(false)
  })

  test('the honeypot passes the schema so a bot cannot tell', () => {
    expect(parseSignUp({ ...valid, website: 'http://spam' })).toMatchObject({ ok: true, data: { website: 'http://spam' } })
  })

  test('reads a form post: a ticked box is "on", interests repeat', () => {
    const form = new URLSearchParams('email=a%40b.de&consent=on&locale=es&interests=3&interests=4&website=')
    expect(parseSignUp(fromFormData(form))).toMatchObject({ ok: true, data: { email: 'a@b.de', locale: 'es', interests: [3, 4] } })
    const unticked = new URLSearchParams('email=a%40b.de&locale=es')
    expect(parseSignUp(fromFormData(unticked))).toEqual({ ok: false, errors: { consent: 'consent' } })
  })
})

describe('tokens', () => {
  test('a confirmation token has 256 random bits, is stored as its SHA-256 and lasts 48 hours', () => {
    const now = new Date('2026-01-01T00:00:00Z')
    const { token, hash, expiresAt } = newConfirmationToken(now)
    expect(Buffer.from(token, 'base64url')).toHaveLength(32)
    expect(hash).toBe(hashToken(token))
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    expect(expiresAt.toISOString()).toBe('2026-01-03T00:00:00.000Z')
    expect(newConfirmationToken(now).token).not.toBe(token)
  })

  test('an unsubscribe token is bound to its subscriber and the secret', () => {
    const token = unsubscribeToken('secret-one', 7)
    expect(verifyUnsubscribeToken('secret-one', 7, token)).toBe(true)
    expect(verifyUnsubscribeToken('secret-one', 8, token)).toBe(false)
    expect(verifyUnsubscribeToken('secret-two', 7, token)).toBe(false)
    expect(verifyUnsubscribeToken('secret-one', 7, 'short')).toBe(false)
  })
})
