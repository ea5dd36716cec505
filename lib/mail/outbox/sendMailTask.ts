import type { Task } from 'graphile-worker'
import type { Payload } from 'payload'
import { z } from 'zod'
import { locales } from '../../../i18n/locales'
import { requireSecret, settings } from '../../env'
import { mailTranslator } from '../render/mailTranslator'
import { preparedHeaders } from '../render/preparedHeaders'
import { renderMail } from '../render/renderMail'
import type { MailTemplate } from './mailTemplate'
import { classifySmtpFailure } from './smtpFailure'
import { isMailTemplateName, mailTemplates } from './templates'

const queuedMail = z.object({
  template: z.string().refine(isMailTemplateName, 'unknown mail template'),
  locale: z.enum(locales),
  props: z.unknown(),
  to: z.string().optional(),
})

// The worker's one task: compose the template (it may find there is nothing to send any more),
// render it in the shared layout, send it. A success deletes the job (graphile-worker), so a
// sent mail is never picked up again; a thrown error hands the job back for a retry.
export function sendMailTask(payload: Payload): Task {
  return async (job, helpers) => {
    const mail = queuedMail.parse(job)
    const t = await mailTranslator(payload, mail.locale)
    const template = mailTemplates[mail.template as keyof typeof mailTemplates] as MailTemplate<unknown>
    const context = { payload, locale: mail.locale, t, siteUrl: settings().SITE_URL, secret: requireSecret() }
    const composed = await template.compose({ ...context, props: mail.props, to: mail.to })
    if (!composed) return
    const rendered = await renderMail(composed, context)
    try {
      await payload.sendEmail({ ...rendered, headers: preparedHeaders(rendered.headers) })
    } catch (error) {
      const failure = classifySmtpFailure(error)
      // A refusal that will not pass: no more attempts (graphile-worker then keeps the job as
      // permanently failed, `attempts = max_attempts`, with this reason as its last_error).
      if (failure.permanent) {
        await helpers.withPgClient((client) =>
          client.query('UPDATE graphile_worker._private_jobs SET max_attempts = attempts WHERE id = $1 AND locked_by IS NOT NULL', [
            helpers.job.id,
          ]),
        )
      }
      throw new Error(failure.description)
    }
  }
}
