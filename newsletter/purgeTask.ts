import type { TaskConfig } from 'payload'
import { purgeUnconfirmed } from './purge'

// Scheduled through Payload's jobs queue (autoRun in payload.config.ts picks it up).
export const purgeUnconfirmedTask: TaskConfig<{ input: object; output: { purged: number } }> = {
  slug: 'purgeUnconfirmedSubscribers',
  label: 'Purge unconfirmed newsletter sign-ups',
  schedule: [{ cron: '0 17 * * * *', queue: 'default' }],
  retries: 2,
  outputSchema: [{ name: 'purged', type: 'number', required: true }],
  handler: async ({ req }) => ({ output: await purgeUnconfirmed(req.payload) }),
}
