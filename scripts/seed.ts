// `npm run seed`: the German-Mexican dialogue in de/es/en. Idempotent; DATABASE_URL required.
import { failAndExit } from '../lib/bootstrap/fail'
import { migrate, withPayload } from '../lib/bootstrap/prepareDatabase'
import { seedContent } from '../seed/seedContent'

try {
  const report = await withPayload(async (payload) => {
    await migrate(payload)
    return seedContent(payload)
  })
  console.log(`seed: ${report.created} created, ${report.kept} already there`)
  process.exit(0)
} catch (error) {
  await failAndExit(error)
}
