// `npm run bench:hostile`: over a thousand hostile requests (scripts/hostile/, one module per
// route family, seeded) against the production server the e2e harness starts. Fails when any
// answer is a 5xx (GraphQL's hidden ones included), shows a stack frame or an internal message,
// or when any table has gained or lost a row.
import { families, hostileRequests } from './hostile'
import { leaksIn } from './hostile/leaks'
import type { Family, Known } from './hostile/request'
import { changedTables, countRows } from './hostile/rowCounts'
import { inParallel, sender, type Answer } from './hostile/send'

const base = new URL(process.env.BENCH_URL ?? 'http://localhost:3000')
const databaseUrl = process.env.DATABASE_URL
const seed = Number(process.env.HOSTILE_SEED ?? 20261201)
if (!databaseUrl) throw new Error('DATABASE_URL is not set (run through scripts/e2e.ts)')

async function adminToken(): Promise<string> {
  const response = await fetch(new URL('/api/users/login', base), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: process.env.PAYLOAD_ADMIN_EMAIL, password: process.env.PAYLOAD_ADMIN_PASSWORD }),
  })
  const { token } = (await response.json()) as { token?: string }
  if (!token) throw new Error(`admin login failed: ${response.status}`)
  return token
}

async function discover(token: string): Promise<Known> {
  const known: Known = { ids: {}, slugs: {} }
  for (const collection of ['dialogues', 'sessions', 'topics', 'stakeholders', 'workplan-areas', 'pages']) {
    const response = await fetch(new URL(`/api/${collection}?limit=1&depth=0`, base), { headers: { authorization: `JWT ${token}` } })
    const doc = ((await response.json()) as { docs: { id: number; slug?: string }[] }).docs[0]
    if (doc) {
      known.ids[collection] = doc.id
      if (doc.slug) known.slugs[collection] = doc.slug
    }
  }
  if (!known.slugs.dialogues) throw new Error('the seeded dialogue is missing')
  return known
}

// GraphQL answers 200 with errors; a 500 inside one shows as its statusCode.
function hiddenServerError(answer: Answer): boolean {
  if (!answer.contentType.includes('json') || !answer.body.includes('statusCode')) return false
  try {
    const errors = (JSON.parse(answer.body) as { errors?: { extensions?: { statusCode?: number } }[] }).errors ?? []
    return errors.some((error) => (error.extensions?.statusCode ?? 0) >= 500)
  } catch {
    return false // not JSON after all: judged by its status and leak patterns alone
  }
}

const started = Date.now()
const token = await adminToken()
const known = await discover(token)
const before = await countRows(databaseUrl)
// HOSTILE_FAMILY=GraphQL sends one family only (to chase a finding).
const requests = hostileRequests(known, seed).filter((hostile) => !process.env.HOSTILE_FAMILY || hostile.family === process.env.HOSTILE_FAMILY)
const { send, close } = sender(base, token)
const answers = await inParallel(requests, 8, (hostile) => send(hostile))
// HOSTILE_SHOW_WRITES=1 prints every write that was answered 2xx (to chase a changed row count).
if (process.env.HOSTILE_SHOW_WRITES) {
  requests.forEach((hostile, index) => {
    const status = answers[index]?.status ?? 0
    if (hostile.method !== 'GET' && status >= 200 && status < 300) console.log(`2xx write: ${hostile.method} ${hostile.path} ${status} ${String(hostile.body ?? '').slice(0, 120)}`)
  })
}
close()
const after = await countRows(databaseUrl)
const alive = await fetch(new URL('/de', base)).then((response) => response.status, () => 0)

type Tally = { sent: number; serverErrors: number; hidden: number; leaks: number; unanswered: number }
const tallies = new Map<Family, Tally>(families.map(([family]) => [family, { sent: 0, serverErrors: 0, hidden: 0, leaks: 0, unanswered: 0 }]))
const failures: string[] = []
requests.forEach((hostile, index) => {
  const answer = answers[index]
  const tally = tallies.get(hostile.family)!
  tally.sent++
  const leak = leaksIn(answer.body)
  const problems = [
    answer.status === 0 && (tally.unanswered++, `no answer (${answer.body})`),
    answer.status >= 500 && (tally.serverErrors++, `${answer.status}`),
    hiddenServerError(answer) && (tally.hidden++, 'GraphQL error with statusCode ≥ 500'),
    leak && (tally.leaks++, leak),
  ].filter(Boolean)
  if (problems.length > 0) {
    const what = hostile.body && hostile.family === 'GraphQL' ? `${hostile.path} ${String(hostile.body).slice(0, 90)}` : hostile.path
    const shown = what.length > 120 ? `${what.slice(0, 120)}…` : what
    failures.push(`[${hostile.family}] ${hostile.method} ${shown} ${hostile.asAdmin ? '(admin) ' : ''}→ ${answer.status} ${problems.join('; ')} ${answer.body.slice(0, 160).replace(/\s+/g, ' ')}`)
  }
})

const seconds = ((Date.now() - started) / 1000).toFixed(1)
console.log(`hostile requests against ${base.origin}, seed ${seed}, ${seconds} s`)
console.log(`${'family'.padEnd(18)} ${'sent'.padStart(6)} ${'≥500'.padStart(6)} ${'hidden'.padStart(7)} ${'leaks'.padStart(6)} ${'no answer'.padStart(10)}`)
let total: Tally = { sent: 0, serverErrors: 0, hidden: 0, leaks: 0, unanswered: 0 }
for (const [family, tally] of tallies) {
  console.log(`${family.padEnd(18)} ${String(tally.sent).padStart(6)} ${String(tally.serverErrors).padStart(6)} ${String(tally.hidden).padStart(7)} ${String(tally.leaks).padStart(6)} ${String(tally.unanswered).padStart(10)}`)
  total = { sent: total.sent + tally.sent, serverErrors: total.serverErrors + tally.serverErrors, hidden: total.hidden + tally.hidden, leaks: total.leaks + tally.leaks, unanswered: total.unanswered + tally.unanswered }
}
console.log(`${'total'.padEnd(18)} ${String(total.sent).padStart(6)} ${String(total.serverErrors).padStart(6)} ${String(total.hidden).padStart(7)} ${String(total.leaks).padStart(6)} ${String(total.unanswered).padStart(10)}`)
const changed = changedTables(before, after)
console.log(`tables counted: ${after.size}; changed: ${changed.length === 0 ? 'none' : changed.join(', ')}`)
console.log(`GET /de afterwards: ${alive}`)
for (const failure of failures.slice(0, 150)) console.log(`  ${failure}`)
if (failures.length > 150) console.log(`  … and ${failures.length - 150} more`)
const ok = (total.sent >= 1000 || Boolean(process.env.HOSTILE_FAMILY)) && failures.length === 0 && changed.length === 0 && alive === 200
console.log(ok ? 'bench:hostile passed' : 'bench:hostile FAILED')
process.exit(ok ? 0 : 1)
