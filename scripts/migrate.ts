// `npm run migrate`: apply pending migrations to DATABASE_URL (used by operators and tests).
import { failAndExit } from '../lib/bootstrap/fail'
import { migrate, withPayload } from '../lib/bootstrap/prepareDatabase'

try {
  await withPayload(migrate)
  process.exit(0)
} catch (error) {
  await failAndExit(error)
}
