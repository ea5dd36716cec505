import type { Payload, PayloadRequest, RequestContext } from 'payload'
import { inTransaction } from '../lib/db/inTransaction'
import { queueFeedbackMail } from './feedbackMail'
import type { FeedbackInput } from './schema'

// Nothing of a report is shown to readers (no revalidation); its input was checked where it
// entered (accessibility/submitFeedback.ts).
const feedbackWrites: RequestContext = { disableRevalidate: true, inputCheckedAtBoundary: true }

// The report and its mail to the configured address are one write: both land, or neither.
export const recordFeedback = (payload: Payload, input: FeedbackInput): Promise<number> =>
  inTransaction(payload, (req) => storeFeedback(payload, req, input), feedbackWrites)

// Both writes on `req`'s transaction (exported for the test that rolls one back).
export async function storeFeedback(payload: Payload, req: PayloadRequest, input: FeedbackInput): Promise<number> {
  const report = await payload.create({
    collection: 'accessibility-feedback',
    data: { message: input.message, page: input.page, email: input.email, locale: input.locale, status: 'new' },
    overrideAccess: true,
    depth: 0,
    req,
  })
  await queueFeedbackMail(req, report.id)
  return report.id
}
