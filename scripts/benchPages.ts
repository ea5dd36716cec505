// `npm run bench:pages`: the cached dialogue page against a static file from the same
// production server, in one run. Start the server first (`npm run build && npm start`),
// then point BENCH_URL at it (default http://localhost:3000).
import autocannon from 'autocannon'

const base = (process.env.BENCH_URL ?? 'http://localhost:3000').replace(/\/$/, '')
const page = process.env.BENCH_PAGE ?? '/de/dialoge/mexiko'
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50)
const duration = Number(process.env.BENCH_SECONDS ?? 10)

interface Figures {
  path: string
  requestsPerSecond: number
  p99: number
  non2xx: number
  bytes: number
}

async function measure(path: string): Promise<Figures> {
  const warm = await fetch(base + path)
  const bytes = (await warm.arrayBuffer()).byteLength
  // scripts/autocannon.d.ts (shared) types only the fixed-amount form; this uses `duration`.
  const options = { url: base + path, connections, duration } as unknown as Parameters<typeof autocannon>[0]
  const result = await autocannon(options)
  return { path, requestsPerSecond: result.requests.average, p99: result.latency.p99, non2xx: result.non2xx, bytes }
}

// The static file: the largest script the dialogue page loads, served by the same server.
async function staticFileOf(path: string): Promise<string> {
  const html = await (await fetch(base + path)).text()
  const scripts = [...html.matchAll(/src="(\/_next\/static\/[^"]+\.js)"/g)].map((m) => m[1])
  if (scripts.length === 0) throw new Error(`no static script found on ${path}`)
  const sizes = await Promise.all(scripts.map(async (src) => ({ src, size: (await (await fetch(base + src)).arrayBuffer()).byteLength })))
  return sizes.sort((a, b) => b.size - a.size)[0].src
}

const staticFile = process.env.BENCH_STATIC ?? (await staticFileOf(page))
const dialogue = await measure(page)
const file = await measure(staticFile)
const row = (f: Figures) => `${f.path.padEnd(60)} ${f.requestsPerSecond.toFixed(0).padStart(7)} req/s  p99 ${String(f.p99).padStart(4)} ms  ${f.bytes} B  non-2xx ${f.non2xx}`
console.log(`autocannon -c ${connections} -d ${duration}s against ${base}`)
console.log(row(dialogue))
console.log(row(file))
console.log(`ratio page/static: ${(dialogue.requestsPerSecond / file.requestsPerSecond).toFixed(2)}`)
if (dialogue.non2xx > 0 || file.non2xx > 0) process.exit(1)
