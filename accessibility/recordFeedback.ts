import type { Payload, RequestContext } from 'payload'
import { inTransaction } from '../lib/db/inTransaction'
import { queueFeedbackMail } from './feedbackMail'
import type { FeedbackInput } from './schema'

// Nothing of a report is shown to readers (no revalidation); its input was checked where it
// entered (accessibility/submitFeedback.ts).
const feedbackWrites: RequestContext = { disableRevalidate: true, inputCheckedAtBoundary: true }

// The report and its mail to the configured address are one write: both land, or neither.
export async function recordFeedback(payload: Payload, input: FeedbackInput): Promise<number> {
  return inTransaction(
    payload,
    async (req) => {
      const report = await payload.create({
        collection: 'accessibility-feedback',
        data: { message: input.message, page: input.page, email: input.email, locale: input.locale, status: 'new' },
        overrideAccess: true,
        depth: 0,
        req,
      })
      await queueFeedbackMail(req, report.id)
      return report.id
    },
    feedbackWrites,
  )
}
