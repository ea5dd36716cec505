import { feedbackMail } from '../../../accessibility/mails/feedbackMail'
import { confirmationMail } from '../../../newsletter/mails/confirmationMail'
import { issueTestMail } from '../../../newsletter/mails/issueMail'
import type { MailTemplate } from './mailTemplate'

// Every kind of mail the outbox can send, by the name enqueueMail takes. Add a template here
// (one line) and it can be queued; its props type follows from its `compose`.
export const mailTemplates = {
  confirmation: confirmationMail,
  'newsletter-issue-test': issueTestMail,
  'accessibility-feedback': feedbackMail,
} satisfies Record<string, MailTemplate<never>>

export type MailTemplateName = keyof typeof mailTemplates
export type MailTemplateProps<Name extends MailTemplateName> =
  (typeof mailTemplates)[Name] extends MailTemplate<infer Props> ? Props : never

export const isMailTemplateName = (name: unknown): name is MailTemplateName =>
  typeof name === 'string' && Object.hasOwn(mailTemplates, name)
