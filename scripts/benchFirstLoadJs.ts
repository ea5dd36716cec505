// `npm run bench:js`: the JavaScript a reader's browser loads on first visit to each page type
// (every <script src> a module-capable browser loads, gzip-compressed as a server would send it), from the
// production server scripts/e2e.ts started, in every locale (BENCH_LOCALES=de for one). Turbopack
// builds no longer print these sizes.
import { gzipSync } from 'node:zlib'
import { locales, readerPageTypes, type ReaderLocale } from '../tests/e2e/support/pageTypes'

const base = (process.env.BENCH_URL ?? 'http://localhost:3000').replace(/\/$/, '')
const chosen = (process.env.BENCH_LOCALES ?? locales.join(',')).split(',') as ReaderLocale[]
const text = async (path: string) => (await fetch(base + path)).text()
const sizes = new Map<string, { raw: number; gzip: number }>()
async function sizeOf(src: string) {
  if (!sizes.has(src)) {
    const body = Buffer.from(await (await fetch(base + src)).arrayBuffer())
    sizes.set(src, { raw: body.byteLength, gzip: gzipSync(body).byteLength })
  }
  return sizes.get(src)!
}

console.log(`first-load JavaScript per page type (${base})`)
for (const [type, path] of (await Promise.all(chosen.map((locale) => readerPageTypes(base, locale)))).flatMap(Object.entries)) {
  const html = await text(path)
  // `nomodule` scripts (Next's polyfills) are skipped by every browser that runs modules.
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"[^>]*>/g)].filter((m) => !/\snomodule/i.test(m[0]))
  const scripts = [...new Set(tags.map((m) => m[1]))]
  const total = { raw: 0, gzip: 0 }
  for (const src of scripts) {
    const size = await sizeOf(src)
    total.raw += size.raw
    total.gzip += size.gzip
  }
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`
  console.log(`${type.padEnd(17)} ${path.padEnd(48)} ${String(scripts.length).padStart(2)} scripts  ${kb(total.gzip).padStart(9)} gzip  ${kb(total.raw).padStart(9)} raw`)
}
