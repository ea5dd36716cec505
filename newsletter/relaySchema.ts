import { z } from 'zod'
import { addressSchema } from './schema'

// What the mail relay reports (POST /api/newsletter/relay-events, README "Newsletter"): hard
// bounces and complaints suppress the address, soft bounces are noted by the relay's own retries.
export const relayEventTypes = ['hard-bounce', 'soft-bounce', 'complaint'] as const

const address = addressSchema('not an e-mail address')

export const relayReportSchema = z.object({
  events: z
    .array(z.object({ type: z.enum(relayEventTypes), email: address, occurredAt: z.iso.datetime({ offset: true }).optional() }))
    .min(1)
    .max(500),
})

export type RelayReport = z.infer<typeof relayReportSchema>
export type RelayEvent = RelayReport['events'][number]
