import { z } from 'zod'
import { normalizeAddress } from './schema'

// What the mail relay reports (POST /api/newsletter/relay-events, README "Newsletter"): hard
// bounces and complaints suppress the address, soft bounces are noted by the relay's own retries.
export const relayEventTypes = ['hard-bounce', 'soft-bounce', 'complaint'] as const

const address = z
  .string()
  .trim()
  .max(254)
  .transform((value, context) => {
    const normalized = normalizeAddress(value)
    if (!normalized) {
      context.addIssue({ code: 'custom', message: 'not an e-mail address' })
      return z.NEVER
    }
    return normalized
  })

export const relayReportSchema = z.object({
  events: z
    .array(z.object({ type: z.enum(relayEventTypes), email: address, occurredAt: z.iso.datetime({ offset: true }).optional() }))
    .min(1)
    .max(500),
})

export type RelayReport = z.infer<typeof relayReportSchema>
export type RelayEvent = RelayReport['events'][number]
