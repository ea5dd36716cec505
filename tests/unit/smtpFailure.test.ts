/**
 * @jest-environment node
 */
import { classifySmtpFailure } from '@/lib/mail/outbox/smtpFailure'

test.each([
  ['a 550 refusal of the recipient', { code: 'EENVELOPE', responseCode: 550 }, true, 'SMTP permanent failure (EENVELOPE 550)'],
  ['a 554 refusal of the message', { code: 'EMESSAGE', responseCode: 554 }, true, 'SMTP permanent failure (EMESSAGE 554)'],
  ['a 421 "try again later"', { code: 'EENVELOPE', responseCode: 421 }, false, 'SMTP temporary failure (EENVELOPE 421)'],
  ['a 451 greylisting', { code: 'EMESSAGE', responseCode: 451 }, false, 'SMTP temporary failure (EMESSAGE 451)'],
  ['a refused connection', { code: 'ESOCKET' }, false, 'SMTP temporary failure (ESOCKET)'],
  ['a greeting that never came', { code: 'ETIMEDOUT' }, false, 'SMTP temporary failure (ETIMEDOUT)'],
  ['something that is no SMTP error', new Error('boom <reader@example.org>'), false, 'SMTP temporary failure (EUNKNOWN)'],
])('%s: permanent %s', (_name, error, permanent, description) => {
  expect(classifySmtpFailure(error)).toEqual({ permanent, description })
})

test('the description never quotes the reply, which may name the address', () => {
  const error = Object.assign(new Error('550 5.1.1 <reader@example.org>: Recipient address rejected'), { code: 'EENVELOPE', responseCode: 550 })
  expect(classifySmtpFailure(error).description).not.toContain('reader@example.org')
})
