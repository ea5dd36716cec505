import type { Payload, TaskConfig } from 'payload'

// Barrier reports are kept for one year after they arrive, then deleted (DSGVO Art. 5(1)(e)):
// long enough to fix the barrier, answer and show it in the next review of the statement.
export const FEEDBACK_RETENTION_DAYS = 365

export async function purgeOldFeedback(payload: Payload, now = new Date()): Promise<{ purged: number }> {
  const before = new Date(now.getTime() - FEEDBACK_RETENTION_DAYS * 24 * 60 * 60 * 1000)
  const { docs } = await payload.delete({
    collection: 'accessibility-feedback',
    where: { createdAt: { less_than: before.toISOString() } },
    overrideAccess: true,
    depth: 0,
    select: {},
    context: { disableRevalidate: true },
  })
  return { purged: docs.length }
}

// Daily, through Payload's jobs queue (autoRun in payload.config.ts), like the newsletter purge.
export const purgeOldFeedbackTask: TaskConfig<{ input: object; output: { purged: number } }> = {
  slug: 'purgeOldAccessibilityFeedback',
  label: 'Delete accessibility feedback older than a year',
  schedule: [{ cron: '0 41 3 * * *', queue: 'default' }],
  retries: 2,
  outputSchema: [{ name: 'purged', type: 'number', required: true }],
  handler: async ({ req }) => ({ output: await purgeOldFeedback(req.payload) }),
}
