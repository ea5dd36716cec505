import type { TaskConfig } from 'payload'
import { purgeUnconfirmed } from './purge'
import { eraseAfterWithdrawal } from './retention'

// Scheduled through Payload's jobs queue (autoRun in payload.config.ts picks it up): unconfirmed
// sign-ups whose link expired, and withdrawn addresses past their retention period.
export const purgeUnconfirmedTask: TaskConfig<{ input: object; output: { purged: number; erased: number } }> = {
  slug: 'purgeUnconfirmedSubscribers',
  label: 'Purge unconfirmed newsletter sign-ups and withdrawn addresses',
  schedule: [{ cron: '0 17 * * * *', queue: 'default' }],
  retries: 2,
  outputSchema: [
    { name: 'purged', type: 'number', required: true },
    { name: 'erased', type: 'number', required: true },
  ],
  handler: async ({ req }) => {
    const { purged } = await purgeUnconfirmed(req.payload)
    const { erased } = await eraseAfterWithdrawal(req.payload)
    return { output: { purged, erased } }
  },
}
