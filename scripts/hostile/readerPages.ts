import type { Generator, HostileRequest } from './request'
import { badLocales, badNumbers, brokenEscapes, injections, nastyEscapes, overlong, traversals } from './values'

// The reader's addresses in every locale, and in locales that do not exist, with slugs and
// query strings no editor would ever write.
const templates = [
  '/{locale}',
  '/{locale}/dialoge/{slug}',
  '/{locale}/dialogos/{slug}/sesiones',
  '/{locale}/dialogues/{slug}/sessions',
  '/{locale}/themen/{slug}',
  '/{locale}/temas/{slug}',
  '/{locale}/institutionen/{slug}',
  '/{locale}/sitzungen/{slug}',
  '/{locale}/sessions/{slug}',
  '/{locale}/{slug}',
  '/{locale}/preview/dialogues/{slug}',
  '/{locale}/preview/{slug}/1',
  '/{slug}',
  '/dialoge/{slug}',
]

export const readerPages: Generator = (known, random) => {
  const slugs = [
    ...brokenEscapes.map((escape) => `mexiko${escape}`),
    ...nastyEscapes,
    ...traversals,
    ...injections.map(encodeURIComponent),
    overlong(5000),
    known.slugs.dialogues.toUpperCase(),
    '99999999999999999999',
  ]
  const locales = ['de', 'es', 'en', ...badLocales.filter(Boolean).map(encodeURIComponent), ...brokenEscapes]
  const requests: HostileRequest[] = []
  // Each address with a third of the slugs, drawn by the seed: every slug is still sent.
  for (const template of templates) {
    for (const slug of slugs.filter(() => random.chance(0.35))) {
      const locale = random.pick(locales)
      requests.push({ family: 'reader pages', method: 'GET', path: template.replace('{locale}', locale).replace('{slug}', slug) })
    }
  }
  const queries = [
    ...brokenEscapes.map((escape) => `q=${escape}`),
    ...badNumbers.map((n) => `page=${encodeURIComponent(n)}`),
    '__proto__[polluted]=1',
    'constructor[prototype][x]=1',
    `x=${overlong(6000)}`,
    'locale=xx',
    'draft=true&secret=guess',
  ]
  for (const query of queries) {
    const page = random.pick(['/de', '/es/dialogos/mexiko', '/en/dialogues/mexiko/sessions', '/de/impressum', '/de/themen/nope'])
    requests.push({ family: 'reader pages', method: 'GET', path: `${page}?${query}` })
  }
  for (const reason of [...brokenEscapes, ...injections.map(encodeURIComponent), overlong(3000)]) {
    requests.push({ family: 'reader pages', method: 'GET', path: `/de/newsletter/error?reason=${reason}` })
    requests.push({ family: 'reader pages', method: 'GET', path: `/es/newsletter?errors=${reason}` })
  }
  // Methods and headers a reader's browser never sends to a page.
  for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND']) {
    requests.push({ family: 'reader pages', method, path: '/de/dialoge/mexiko', headers: { 'content-type': 'application/json' }, body: '{bad' })
  }
  for (const value of ['de;q=abc', '*;q=1.5', 'x'.repeat(4000), 'zz-ZZ', ',,,,', 'de-DE-u-co-phonebk-x-private-tooooolong']) {
    requests.push({ family: 'reader pages', method: 'GET', path: '/', headers: { 'accept-language': value } })
  }
  requests.push({ family: 'reader pages', method: 'GET', path: '/de', headers: { 'next-action': 'deadbeef', 'content-type': 'text/plain' } })
  requests.push({ family: 'reader pages', method: 'POST', path: '/de/newsletter', headers: { 'next-action': 'not-an-action-id', 'content-type': 'text/plain;charset=UTF-8' }, body: '["$K1"]' })
  requests.push({ family: 'reader pages', method: 'GET', path: '/de', headers: { rsc: '1', 'next-router-state-tree': '%zz' } })
  requests.push({ family: 'reader pages', method: 'GET', path: '/de', headers: { rsc: '1', 'next-router-state-tree': '{"not":"a tree"}' } })
  return requests
}
