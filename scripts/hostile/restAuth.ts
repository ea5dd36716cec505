import type { Generator, HostileRequest } from './request'
import { multipart } from './request'
import { brokenJson, deepJson, injections, overlong } from './values'

// Payload's auth endpoints: logins that are no logins, tokens that are no tokens. No request
// names the real admin's address, so no lockout counter moves.
const brokenMultiparts: { headers: Record<string, string>; body: string }[] = [
  multipart('xx', 'garbage'),
  multipart('xx', '--xx\r\nContent-Disposition: form-data; name="email"\r\n\r\nx@example.org'),
  multipart('xx', '--xx\r\nContent-Disposition: form-data\r\n\r\nno name\r\n--xx--'),
  multipart('xx', '--xx\r\nbroken header line\r\n\r\nvalue\r\n--xx--'),
  multipart('xx', '--xx\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{bad json\r\n--xx--'),
  multipart('xx', '--xx\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n[1,2,3]\r\n--xx--'),
  multipart('', '--\r\n\r\n--'),
  { headers: { 'content-type': 'multipart/form-data' }, body: 'no boundary at all' },
  { headers: { 'content-type': 'multipart/mixed; boundary=zz' }, body: '--zz\r\n\r\n--zz--' },
  { headers: { 'content-type': 'multipart/form-data; boundary=' + 'b'.repeat(200) }, body: 'x' },
  multipart('xx', '--xx\r\nContent-Disposition: form-data; name="file"; filename="../../etc/passwd"\r\nContent-Type: text/plain\r\n\r\nroot\r\n--xx--'),
  multipart('xx', '--xx\r\nContent-Disposition: form-data; name="file"\r\n\r\n{"filename":"x"\r\n--xx--'),
]

export const restAuth: Generator = (_known, random) => {
  const requests: HostileRequest[] = []
  const post = (path: string, body: string | Buffer, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    requests.push({ family: 'REST auth', method: 'POST', path, headers, body })
  const endpoints = ['login', 'forgot-password', 'reset-password', 'unlock', 'first-register', 'refresh-token', 'logout', 'verify/abc']
  for (const endpoint of endpoints) {
    for (const body of brokenJson) post(`/api/users/${endpoint}`, body)
    for (const form of brokenMultiparts) post(`/api/users/${endpoint}`, form.body, form.headers)
    post(`/api/users/${endpoint}`, deepJson(10_000, 'object'))
  }
  post('/api/users/login', JSON.stringify({ email: overlong(1_000_000), password: 'x' }))
  const wrongTyped = [
    { email: { $gt: '' }, password: { $ne: null } },
    { email: ['a@example.org'], password: 'x' },
    { email: 42, password: true },
    { email: 'nobody@example.org' },
    { email: 'nobody@example.org', password: overlong(100_000) },
    { token: { $ne: null }, password: 'x' },
    { token: overlong(10_000), password: 'y' },
    { email: "' OR 1=1--@example.org", password: 'x' },
    { email: 'nobody@example.org\u0000', password: 'x' },
    { username: 'admin', password: 'admin' },
    null,
    [],
    'a string',
  ]
  for (const body of wrongTyped) {
    for (const endpoint of ['login', 'forgot-password', 'reset-password', 'unlock']) post(`/api/users/${endpoint}`, JSON.stringify(body))
  }
  for (const injection of injections) {
    post('/api/users/login', `email=${encodeURIComponent(injection)}&password=x`, { 'content-type': 'application/x-www-form-urlencoded' })
  }
  const tokens = ['garbage', 'JWT garbage', 'Bearer x.y.z', 'JWT eyJhbGciOiJub25lIn0.eyJpZCI6MX0.', 'JWT ' + overlong(8000), 'users API-Key nope', 'Basic YWRtaW46YWRtaW4=', 'JWT %zz']
  for (const authorization of tokens) {
    for (const path of ['/api/users/me', '/api/users', '/api/subscribers', '/api/payload-preferences', '/api/users/refresh-token']) {
      requests.push({ family: 'REST auth', method: random.pick(['GET', 'POST']), path, headers: { authorization } })
    }
  }
  for (const cookie of ['payload-token=garbage', 'payload-token=%zz', `payload-token=${overlong(8000)}`, 'payload-token', ';;;=;', 'payload-lng=xx', 'payload-lng=%zz']) {
    requests.push({ family: 'REST auth', method: 'GET', path: '/api/users/me', headers: { cookie } })
  }
  for (const method of ['GET', 'PUT', 'DELETE', 'PATCH']) {
    requests.push({ family: 'REST auth', method, path: '/api/users/login', headers: { 'content-type': 'application/json' }, body: method === 'GET' ? undefined : '{bad' })
  }
  return requests
}
