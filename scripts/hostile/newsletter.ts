import type { Generator, HostileRequest } from './request'
import { brokenEscapes, brokenJson, deepJson, injections, overlong } from './values'

// The public newsletter endpoints. No sign-up here is valid (each lacks consent, a valid
// address or a known locale), so none may write a subscriber, a consent record or a mail.
export const newsletter: Generator = () => {
  const requests: HostileRequest[] = []
  const signUp = (body: string, contentType: string) =>
    requests.push({ family: 'newsletter', method: 'POST', path: '/api/newsletter/sign-up', headers: { 'content-type': contentType }, body })
  for (const body of brokenJson) signUp(body, 'application/json')
  const invalid: unknown[] = [
    { email: 'x@example.org' },
    { email: 'x@example.org', consent: 'yes', locale: 'de' },
    { email: 'x@example.org', consent: true, locale: 'xx' },
    { email: { $gt: '' }, consent: true, locale: 'de' },
    { email: ['x@example.org'], consent: true, locale: 'de' },
    { email: overlong(300) + '@example.org', consent: true, locale: 'de' },
    { email: 'x@example.org\u0000', consent: true, locale: 'de' },
    { email: 'x@localhost', consent: true, locale: 'de' },
    { email: 'x@example.org', consent: true, locale: 'de', interests: ['abc'] },
    { email: 'x@example.org', consent: true, locale: 'de', interests: Array.from({ length: 50 }, (_, i) => i + 1) },
    { email: 'x@example.org', consent: true, locale: 'de', interests: [-1] },
    { email: 'x@example.org', consent: true, locale: 'de', interests: 'all' },
    { email: 'x@example.org', consent: true, locale: { $ne: 'de' } },
    { email: 'x@example.org', consent: true, locale: 'de', website: overlong(600) },
    { __proto__: { consent: true }, email: 'x@example.org', locale: 'de' },
    ...injections.map((email) => ({ email, consent: true, locale: 'de' })),
    null,
    [],
    42,
  ]
  for (const body of invalid) signUp(JSON.stringify(body), 'application/json')
  signUp(deepJson(20_000, 'array'), 'application/json')
  signUp(JSON.stringify({ email: overlong(2_000_000), consent: true, locale: 'de' }), 'application/json')
  const forms = [
    'email=x%40example.org',
    'email=%zz&consent=on&locale=de',
    'email=x%40example.org&consent=off&locale=de',
    'email=x%40example.org&consent=on&locale=%E0%A4%A',
    'email=x%40example.org&consent=on&locale=de&interests=abc&interests=-1',
    'email[]=x%40example.org&consent=on&locale=de',
    `email=${overlong(100_000)}&consent=on&locale=es`,
    '%%%%',
    '=&=&=',
  ]
  for (const body of forms) signUp(body, 'application/x-www-form-urlencoded')
  for (const contentType of ['text/plain', 'multipart/form-data; boundary=xx', 'application/xml', '', 'application/json; charset=latin1']) {
    signUp('email=x%40example.org', contentType)
  }
  const tokens = [...brokenEscapes, ...injections.map(encodeURIComponent), '', overlong(5000), 'a'.repeat(64), '0'.repeat(64), '%00']
  for (const token of tokens) {
    requests.push({ family: 'newsletter', method: 'GET', path: `/api/newsletter/confirm?token=${token}` })
    requests.push({ family: 'newsletter', method: 'GET', path: `/api/newsletter/unsubscribe?id=${token}&token=${token}` })
    requests.push({
      family: 'newsletter',
      method: 'POST',
      path: `/api/newsletter/unsubscribe?id=1&token=${token}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    })
  }
  for (const token of tokens) {
    requests.push({
      family: 'newsletter',
      method: 'POST',
      path: '/api/newsletter/preferences',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `id=1&token=${token}&locale=en&interests=abc`,
    })
    requests.push({ family: 'newsletter', method: 'GET', path: `/de/newsletter/einstellungen?id=${token}&token=${token}` })
  }
  for (const body of ['', 'null', '{"events":[]}', '{"events":[{"type":"complaint","email":"a@b.example.org"}]}', overlong(300_000)]) {
    requests.push({ family: 'newsletter', method: 'POST', path: '/api/newsletter/relay-events', headers: { 'content-type': 'application/json', 'x-relay-timestamp': '1', 'x-relay-signature': 'sha256=00' }, body })
  }
  for (const id of ['-1', '0', 'abc', '99999999999999999999', '1.5', '%00', '[]']) {
    requests.push({ family: 'newsletter', method: 'GET', path: `/api/newsletter/unsubscribe?id=${id}&token=${'a'.repeat(64)}` })
  }
  for (const method of ['GET', 'PUT', 'DELETE', 'PATCH']) {
    requests.push({ family: 'newsletter', method, path: '/api/newsletter/sign-up', headers: { 'content-type': 'application/json' }, body: method === 'GET' ? undefined : '{}' })
  }
  for (const path of ['/api/subscribers/1/export', '/api/subscribers/abc/export', '/api/subscribers/%zz/export', '/api/subscribers/99999999999/erase', '/api/subscribers/1/erase']) {
    requests.push({ family: 'newsletter', method: path.endsWith('erase') ? 'POST' : 'GET', path })
  }
  return requests
}
