import type { Generator, HostileRequest } from './request'
import { brokenEscapes, nastyEscapes, traversals } from './values'

// Files the server hands out as they are: Next's assets, media, robots and the sitemap.
export const staticFiles: Generator = () => {
  const requests: HostileRequest[] = []
  const bases = ['/_next/static', '/_next/static/chunks', '/_next/image', '/api/media/file', '/robots.txt', '/sitemap.xml', '/favicon.ico', '/_next/data/x']
  for (const base of bases) {
    for (const tail of [...brokenEscapes, ...nastyEscapes, ...traversals]) requests.push({ family: 'static', method: 'GET', path: `${base}/${tail}` })
  }
  for (const query of ['url=%zz&w=64&q=75', 'url=/../../etc/passwd&w=64&q=75', 'url=/x.png&w=-1&q=75', 'url=/x.png&w=99999999&q=1000', 'url=&w=&q=']) {
    requests.push({ family: 'static', method: 'GET', path: `/_next/image?${query}` })
  }
  for (const path of ['/robots.txt?x=%zz', '/sitemap.xml?page=-5', '/robots.txt%00', '/.env', '/.git/HEAD', '/package.json', '/next.config.ts', '/payload.config.ts', '/server.js']) {
    requests.push({ family: 'static', method: 'GET', path })
  }
  requests.push({ family: 'static', method: 'GET', path: '/_next/static/chunks/x.js', headers: { range: 'bytes=999999999-' } })
  requests.push({ family: 'static', method: 'GET', path: '/robots.txt', headers: { range: 'bytes=-1-2,abc' } })
  requests.push({ family: 'static', method: 'GET', path: '/robots.txt', headers: { 'if-none-match': '%zz', 'if-modified-since': 'not a date' } })
  return requests
}
