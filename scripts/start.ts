// `npm start`: the production server. Refuses unsafe settings (lib/env.ts, productionProblems),
// applies pending migrations, then hands over to `next start`.
import { createRequire } from 'node:module'
import { failAndExit } from '../lib/bootstrap/fail'
import { migrate, withPayload } from '../lib/bootstrap/prepareDatabase'
import { runChild } from '../lib/bootstrap/runChild'
import { assertSafeForProduction } from '../lib/env'

const env = { ...process.env, NODE_ENV: 'production' as const }
try {
  assertSafeForProduction(env)
  await withPayload(migrate)
} catch (error) {
  await failAndExit(error)
}

const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next')
runChild(process.execPath, [nextBin, 'start', ...process.argv.slice(2)], env, async () => {})
