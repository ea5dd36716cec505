// `npm start`: the production server. Refuses unsafe settings (lib/env.ts, productionProblems),
// applies pending migrations, makes the first admin of an empty database from
// PAYLOAD_ADMIN_EMAIL and PAYLOAD_ADMIN_PASSWORD (refusing a weak password), then hands over to
// `next start`. START_PREPARE_ONLY=1 stops before `next start` (tests, a release step).
import { createRequire } from 'node:module'
import { failAndExit } from '../lib/bootstrap/fail'
import { ensureFirstAdmin } from '../lib/bootstrap/firstAdmin'
import { migrate, withPayload } from '../lib/bootstrap/prepareDatabase'
import { runChild } from '../lib/bootstrap/runChild'
import { assertSafeForProduction } from '../lib/env'

const env = { ...process.env, NODE_ENV: 'production' as const }
let prepareOnly = false
try {
  const parsed = assertSafeForProduction(env)
  prepareOnly = parsed.START_PREPARE_ONLY
  await withPayload(async (payload) => {
    await migrate(payload)
    const created = await ensureFirstAdmin(payload, parsed)
    if (created) console.log(`[start] created the first admin account ${created}`)
  })
} catch (error) {
  await failAndExit(error)
}

if (prepareOnly) process.exit(0)
const require = createRequire(import.meta.url)
const nextBin = require.resolve('next/dist/bin/next')
runChild(process.execPath, [nextBin, 'start', ...process.argv.slice(2)], env, async () => {})
