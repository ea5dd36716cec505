import type { Generator, HostileRequest } from './request'
import { badIds, badLocales, badNumbers, brokenEscapes, brokenJson, deepJson, injections, overlong } from './values'

const collections = ['dialogues', 'sessions', 'workplan-areas', 'topics', 'stakeholders', 'media', 'pages', 'subscribers', 'consent-records', 'privacy-notice-copies', 'interface-strings', 'users', 'payload-preferences', 'payload-locked-documents', 'payload-jobs', 'payload-migrations']
const globals = ['navigation', 'footer', 'site-settings']

// The REST API read by anyone: ids of every wrong shape and query parameters past every limit.
export const restCollections: Generator = (known, random) => {
  const requests: HostileRequest[] = []
  const get = (path: string, extra: Partial<HostileRequest> = {}) => requests.push({ family: 'REST collections', method: 'GET', path, ...extra })
  for (const collection of collections) {
    for (const id of badIds.filter(() => random.chance(0.4))) get(`/api/${collection}/${encodeURIComponent(id).replace(/%25/g, '%')}`)
    for (const escape of brokenEscapes.slice(0, 4)) get(`/api/${collection}/${escape}`)
    get(`/api/${collection}/versions/not-an-id`)
    get(`/api/${collection}/versions/99999999999`)
  }
  const params: Record<string, string[]> = {
    limit: [...badNumbers, '100000', '0', '101'],
    depth: [...badNumbers, '100', '4', '1000000'],
    page: [...badNumbers, '100000000000000000000'],
    sort: ['nonexistent', '-', '--title', 'title,', 'title;drop', '__proto__', overlong(3000), '%zz', 'password', 'hash', '-salt'],
    select: ['x', '[foo]=true', '[password]=true', '[title][x][y][z]=1', '[]=1'],
    locale: badLocales.map(encodeURIComponent),
    'fallback-locale': ['xx', 'all', '%00'],
    draft: ['maybe', 'true', '1', '[]', '%zz'],
    joins: ['x', '[sessions][limit]=-5', '[sessions][limit]=100000', '[sessions][sort]=nope', '[sessions][where][x][equals]=1'],
    populate: ['[stakeholders][name]=true', 'x'],
    trash: ['true', 'maybe'],
  }
  const readable = ['dialogues', 'sessions', 'topics', 'stakeholders', 'workplan-areas', 'pages', 'media']
  for (const [name, values] of Object.entries(params)) {
    for (const value of values) {
      const collection = random.pick(readable)
      const join = value.startsWith('[') ? '' : '='
      get(`/api/${collection}?${name}${join}${value}`)
      if (random.chance(0.5)) get(`/api/${collection}/${known.ids[collection] ?? 1}?${name}${join}${value}`)
      if (random.chance(0.3)) get(`/api/globals/${random.pick(globals)}?${name}${join}${value}`)
    }
  }
  const wheres = [
    'where[title][like]=%zz',
    'where[foo][equals]=1',
    'where[id][equals]=abc',
    'where[id][equals]=99999999999999',
    'where[id][in]=a,b,c',
    'where[id][greater_than]=%00',
    'where[slug][equals]=%00',
    'where[createdAt][greater_than]=not-a-date',
    'where[createdAt][equals]=99999-99-99',
    'where[startsAt][less_than]=2026-13-45T99:99',
    'where[title][exists]=maybe',
    'where[title][near]=1,2',
    'where[title][within]={"type":"Polygon"}',
    'where[title][nope]=1',
    'where[or][0][and][0][title][equals]=x',
    'where[title][equals][$ne]=x',
    'where[__proto__][polluted]=1',
    'where[password][exists]=true',
    'where[hash][like]=a',
    'where[_status][equals]=draft',
    'where[partnerCountry.code][equals]=%27%20OR%201=1--',
    `where[title][like]=${overlong(5000)}`,
    `where${'[or][0]'.repeat(8)}[title][equals]=x`,
    'where[dialogue][equals]=not-an-id',
    'where[dialogue.title][equals]=x',
    'where[areas][in]=1,abc',
    'where[sector][equals]=aliens',
    'where[title][in][]=',
    'where=notanobject',
    'where[id][equals][0]=1&where[id][equals][1]=2',
  ]
  for (const where of wheres) {
    get(`/api/${random.pick(readable)}?${where}`)
    get(`/api/${random.pick(readable)}/count?${where}`)
  }
  for (const injection of injections) {
    get(`/api/dialogues?where[slug][equals]=${encodeURIComponent(injection)}`)
    get(`/api/topics?sort=${encodeURIComponent(injection)}`)
  }
  // Writes without a login: wrong types, broken and huge bodies, method overrides.
  const write = (method: string, path: string, body: string | Buffer, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    requests.push({ family: 'REST collections', method, path, headers, body })
  for (const body of brokenJson) write('POST', `/api/${random.pick(readable)}`, body)
  write('POST', '/api/topics', JSON.stringify({ title: overlong(3_000_000) }))
  write('POST', '/api/topics', deepJson(20_000, 'array'))
  write('POST', '/api/topics', deepJson(5_000, 'object'))
  write('PATCH', `/api/topics/${known.ids.topics}`, JSON.stringify({ title: { $gt: '' } }))
  write('DELETE', '/api/topics?where[id][exists]=true', '')
  write('PUT', '/api/topics/1', '{"title":"x"}')
  for (const override of ['GET', 'DELETE', 'PATCH', 'get', 'PUT', '%zz']) {
    write('POST', '/api/dialogues', '{bad', { 'content-type': 'application/json', 'x-http-method-override': override })
    write('POST', '/api/dialogues', 'where[id][equals]=abc&limit=-1', { 'content-type': 'application/x-www-form-urlencoded', 'x-http-method-override': override })
    write('POST', '/api/dialogues', JSON.stringify({ locale: { $gt: '' }, depth: 100 }), { 'content-type': 'application/json', 'x-payload-http-method-override': override })
    write('POST', `/api/dialogues?_method=${override}`, '{}')
  }
  write('POST', '/api/dialogues', JSON.stringify({ locale: 'xx' }), { 'content-type': 'application/json', 'x-http-method-override': 'GET' })
  write('POST', '/api/dialogues', 'null', { 'content-type': 'application/json', 'x-http-method-override': 'GET' })
  write('POST', '/api/dialogues', 'page=-5&depth=100&limit=100000', { 'content-type': 'application/x-www-form-urlencoded', 'x-http-method-override': 'GET' })
  for (const contentType of ['text/plain', 'application/xml', 'application/json; charset=utf-16', 'application/x-www-form-urlencoded', 'multipart/form-data', 'application/JSON', 'image/png', '', 'application/json, text/html']) {
    write('POST', `/api/${random.pick(readable)}`, '{"title":"x"}', { 'content-type': contentType })
  }
  return requests
}
