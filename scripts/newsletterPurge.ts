// `npm run newsletter:purge`: delete unconfirmed sign-ups whose link has expired (the jobs
// queue does the same every hour; this is for operators and cron outside the app).
import { failAndExit } from '../lib/bootstrap/fail'
import { withPayload } from '../lib/bootstrap/prepareDatabase'
import { purgeUnconfirmed } from '../newsletter/purge'

try {
  const { purged } = await withPayload((payload) => purgeUnconfirmed(payload))
  console.info(`newsletter: purged ${purged} unconfirmed sign-up(s)`)
  process.exit(0)
} catch (error) {
  await failAndExit(error)
}
