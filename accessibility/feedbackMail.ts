import type { Payload, PayloadRequest } from 'payload'
import type { AccessibilityFeedback } from '../payload-types'

// Placeholder until the outbox lands (branch outbox): the mail is queued in the same
// transaction as the report.
export async function queueFeedbackMail(_payload: Payload, _req: PayloadRequest, _report: AccessibilityFeedback & { receivedAt: Date }): Promise<void> {}
