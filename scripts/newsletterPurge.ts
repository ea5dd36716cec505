// `npm run newsletter:purge`: delete unconfirmed sign-ups whose link has expired, and erase
// withdrawn addresses past NEWSLETTER_RETENTION_DAYS (the jobs queue does the same every hour;
// this is for operators and cron outside the app).
import { failAndExit } from '../lib/bootstrap/fail'
import { withPayload } from '../lib/bootstrap/prepareDatabase'
import { purgeUnconfirmed } from '../newsletter/purge'
import { eraseAfterWithdrawal } from '../newsletter/retention'

try {
  const { purged, erased } = await withPayload(async (payload) => ({
    ...(await purgeUnconfirmed(payload)),
    ...(await eraseAfterWithdrawal(payload)),
  }))
  console.info(`newsletter: purged ${purged} unconfirmed sign-up(s), erased ${erased} withdrawn address(es)`)
  process.exit(0)
} catch (error) {
  await failAndExit(error)
}
