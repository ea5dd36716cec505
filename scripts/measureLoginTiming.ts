// `E2E_RUN=scripts/measureLoginTiming.ts npm run test:e2e` (E2E_SKIP_BUILD=1 to reuse a build):
// median time of a login over HTTP against `next start` for an unknown e-mail and for a known
// account with a wrong password, 30 of each, interleaved. They should match: the difference
// told an attacker which addresses have an account. Also prints whether the answers match.
const base = process.env.E2E_BASE_URL!
const known = process.env.PAYLOAD_ADMIN_EMAIL!
const tries = 30

async function login(email: string) {
  const started = performance.now()
  const response = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'not-the-password' }),
  })
  const body = await response.text()
  return { ms: performance.now() - started, status: response.status, body }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
// All requests come from 127.0.0.1: run the server with LOGIN_LIMIT_PER_IP,
// LOGIN_LIMIT_PER_IP_ACCOUNT and LOGIN_LIMIT_PER_ACCOUNT raised (e.g. 1000), or the limits
// answer 429 after 20 failures and the timing is that of the refusal.
const unknown: number[] = []
const wrong: number[] = []
const answers = new Set<string>()
await login(`warm-up-${Date.now()}@example.org`)
for (let i = 0; i < tries; i++) {
  const a = await login(`nobody-${i}-${Date.now()}@example.org`)
  const b = await login(known)
  unknown.push(a.ms)
  wrong.push(b.ms)
  answers.add(`${a.status} ${a.body}`)
  answers.add(`${b.status} ${b.body}`)
}
console.log(`unknown e-mail:       median ${median(unknown).toFixed(1)} ms (min ${Math.min(...unknown).toFixed(1)}, max ${Math.max(...unknown).toFixed(1)})`)
console.log(`known, wrong password: median ${median(wrong).toFixed(1)} ms (min ${Math.min(...wrong).toFixed(1)}, max ${Math.max(...wrong).toFixed(1)})`)
console.log(`distinct answers (status + body): ${answers.size}`)
for (const answer of answers) console.log(`  ${answer.slice(0, 160)}`)

export {}
