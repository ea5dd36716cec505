import type { Generator, HostileRequest } from './request'
import { badIds, badLocales, badNumbers, brokenEscapes, brokenJson, deepJson, overlong } from './values'

// The admin's pages, and the REST API as a logged-in admin sees it: every write here is
// invalid (wrong types, malformed ids, broken bodies), so none may change a row.
export const admin: Generator = (known, random) => {
  const requests: HostileRequest[] = []
  const adminPages = ['/admin', '/admin/collections/dialogues', '/admin/collections/topics/create', '/admin/login', '/admin/account']
  for (const page of adminPages) {
    for (const escape of brokenEscapes.slice(0, 5)) requests.push({ family: 'admin', method: 'GET', path: `${page}/${escape}` })
  }
  for (const id of badIds.slice(0, 14)) {
    requests.push({ family: 'admin', method: 'GET', path: `/admin/collections/dialogues/${encodeURIComponent(id)}` })
  }
  for (const query of ['page=-5', 'limit=100000', 'depth=100', 'where[foo][equals]=1', 'sort=nonexistent', 'search=%zz', 'locale=xx', 'columns=%zz', 'preset=abc']) {
    // Anonymous: a logged-in visit stores the list's settings as the user's preferences, by design.
    requests.push({ family: 'admin', method: 'GET', path: `/admin/collections/topics?${query}` })
  }
  // payload-preferences is keyed by name, not id (see the report of bench:hostile's first run).
  const collections = ['dialogues', 'sessions', 'topics', 'stakeholders', 'workplan-areas', 'pages', 'media', 'users', 'subscribers', 'payload-locked-documents', 'payload-jobs']
  for (const collection of collections) {
    for (const id of badIds.filter(() => random.chance(0.4))) {
      // Payload's REST reads an id with parseFloat: "+1", " 1" and "1'--" are document 1. Those
      // are only read here; a write would be a real one.
      const readsAsDocument = Number.isInteger(parseFloat(id)) && parseFloat(id) > 0 && parseFloat(id) < 2 ** 31
      const method = readsAsDocument ? 'GET' : random.pick(['GET', 'PATCH', 'DELETE'])
      requests.push({
        family: 'admin',
        method,
        path: `/api/${collection}/${encodeURIComponent(id).replace(/%25/g, '%')}`,
        headers: { 'content-type': 'application/json' },
        body: method === 'PATCH' ? '{"title":"x"}' : undefined,
        asAdmin: true,
      })
    }
    for (const [name, values] of Object.entries({ limit: badNumbers, depth: [...badNumbers, '100'], page: badNumbers, locale: badLocales.map(encodeURIComponent) })) {
      requests.push({ family: 'admin', method: 'GET', path: `/api/${collection}?${name}=${random.pick(values)}`, asAdmin: true })
    }
    requests.push({ family: 'admin', method: 'GET', path: `/api/${collection}/versions?page=-5`, asAdmin: true })
    requests.push({ family: 'admin', method: 'GET', path: `/api/${collection}/versions/not-an-id`, asAdmin: true })
  }
  // Only bodies that cannot be saved: Payload ignores keys a collection does not have, so each
  // parsable body carries a title of the wrong type or an invalid slug.
  const writable = ['dialogues', 'sessions', 'topics', 'workplan-areas', 'pages']
  // An empty body is not among them: Payload reads it as "no change", and an admin saving a
  // document unchanged writes a version, as the admin's Save button does.
  const unparsable = brokenJson.filter((body) => {
    if (body.trim() === '') return false
    try {
      JSON.parse(body)
      return false
    } catch {
      return true // what this list keeps
    }
  })
  const wrongBodies = [
    ...unparsable,
    deepJson(20_000, 'array'),
    deepJson(3_000, 'object'),
    JSON.stringify({ title: overlong(3_000_000) }),
    JSON.stringify({ title: { $gt: '' }, slug: '../../etc' }),
    JSON.stringify({ title: ['a'], slug: 'x'.repeat(500) }),
    JSON.stringify({ title: 42, _status: 'published', dialogue: 'not-an-id' }),
    JSON.stringify({ title: 'x', slug: 'nul\u0000byte' }),
    JSON.stringify({ title: null, id: 'abc' }),
    JSON.stringify({ title: true, createdAt: 'not-a-date', meta: 'text' }),
    JSON.stringify({ title: 'x', slug: 'Nicht gültig!', __proto__: { admin: true } }),
  ]
  for (const body of wrongBodies) {
    const collection = random.pick(writable)
    requests.push({ family: 'admin', method: 'POST', path: `/api/${collection}`, headers: { 'content-type': 'application/json' }, body, asAdmin: true })
    requests.push({ family: 'admin', method: 'PATCH', path: `/api/${collection}/${known.ids[collection] ?? 1}`, headers: { 'content-type': 'application/json' }, body, asAdmin: true })
  }
  const form = (payload: string) => `--xx\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n${payload}\r\n--xx--\r\n`
  for (const payload of ['{bad', '{"title": 42}', '[]', 'null', overlong(10_000)]) {
    requests.push({ family: 'admin', method: 'POST', path: '/api/topics', headers: { 'content-type': 'multipart/form-data; boundary=xx' }, body: form(payload), asAdmin: true })
  }
  requests.push({ family: 'admin', method: 'POST', path: '/api/media', headers: { 'content-type': 'multipart/form-data; boundary=xx' }, body: '--xx\r\nContent-Disposition: form-data; name="file"; filename="x.png"\r\n\r\nnot a png', asAdmin: true })
  requests.push({ family: 'admin', method: 'POST', path: '/api/media', headers: { 'content-type': 'multipart/form-data; boundary=xx' }, body: '--xx\r\nContent-Disposition: form-data; name="file"; filename="x.png"\r\nContent-Type: image/png\r\n\r\nnot a png\r\n--xx--\r\n', asAdmin: true })
  for (const global of ['navigation', 'footer', 'site-settings', 'nope']) {
    requests.push({ family: 'admin', method: 'POST', path: `/api/globals/${global}`, headers: { 'content-type': 'application/json' }, body: '{"links": ', asAdmin: true })
    requests.push({ family: 'admin', method: 'POST', path: `/api/globals/${global}?locale=xx`, headers: { 'content-type': 'application/json' }, body: '{bad', asAdmin: true })
  }
  return requests
}
