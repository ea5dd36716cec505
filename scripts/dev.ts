// `npm run dev`: an embedded PostgreSQL unless DATABASE_URL is set, migrations, the first
// admin account, then `next dev` and the mail worker (scripts/worker.ts). Everything a new
// developer needs from two commands.
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { readOrCreateDevSecret } from '../lib/bootstrap/devSecret'
import { devSiteUrl } from '../lib/bootstrap/devSiteUrl'
import { failAndExit } from '../lib/bootstrap/fail'
import { openLocalDatabase, type LocalDatabase } from '../lib/bootstrap/localDatabase'
import { prepareDevDatabase } from '../lib/bootstrap/prepareDatabase'
import { runChildren } from '../lib/bootstrap/runChild'

const log = (message: string) => console.log(`[dev] ${message}`)
if (existsSync('.env')) process.loadEnvFile('.env')

let database: LocalDatabase | null = null
const stopDatabase = async () => {
  await database?.embedded?.stop()
}

// This script settles the environment next dev and the config read (it sets it for its child).
process.env.SITE_URL = devSiteUrl(process.argv.slice(2), process.env)
try {
  process.env.PAYLOAD_SECRET ||= readOrCreateDevSecret('.data/payload-secret')
  database = await openLocalDatabase(process.env, '.data/postgres', log)
  process.env.DATABASE_URL = database.url

  const started = Date.now()
  const { admin, seed } = await prepareDevDatabase(process.env)
  log(`database ready in ${Date.now() - started} ms (migrations applied; seed: ${seed.created} created, ${seed.kept} kept)`)
  if (admin) {
    log('created the first admin account:')
    log(`  e-mail:   ${admin.email}`)
    log(`  password: ${admin.generatedPassword ?? '(from PAYLOAD_ADMIN_PASSWORD)'}`)
    if (admin.generatedPassword) log('  this password is shown only now; change it under /admin/account')
  }
} catch (error) {
  await failAndExit(error, stopDatabase)
}

const require = createRequire(import.meta.url)
const nextBin = require.resolve('next/dist/bin/next')
const tsxCli = require.resolve('tsx/cli')
runChildren(
  [
    { command: process.execPath, args: [nextBin, 'dev', ...process.argv.slice(2)] },
    { command: process.execPath, args: [tsxCli, 'scripts/worker.ts'] },
  ],
  process.env,
  stopDatabase,
)
