import type { PayloadRequest } from 'payload'
import { enqueueMail } from '../lib/mail/outbox/enqueueMail'

// The report's mail joins the transaction that stores the report (accessibility/recordFeedback.ts):
// through the outbox, like every mail the site sends; the worker renders and sends it.
export const queueFeedbackMail = (req: PayloadRequest, feedbackId: number) =>
  enqueueMail(req, { template: 'accessibility-feedback', locale: 'de', props: { feedbackId }, key: `accessibility-feedback:${feedbackId}` })
