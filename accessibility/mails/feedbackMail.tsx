import { Link, Text } from '@react-email/components'
import { settings } from '../../lib/env'
import type { MailTemplate } from '../../lib/mail/outbox/mailTemplate'

export interface FeedbackMailProps {
  feedbackId: number
}

// A barrier report, to the address that handles them (ACCESSIBILITY_FEEDBACK_TO). The queue holds
// only the report's id: what the reader wrote is read here, at send time, from the record — so
// a report deleted meanwhile sends nothing, and no personal data sits in the job table.
// Queued in German (the ministry's working language); the reader's language is named in it.
export const feedbackMail: MailTemplate<FeedbackMailProps> = {
  async compose({ payload, props, t, siteUrl }) {
    const report = await payload
      .findByID({ collection: 'accessibility-feedback', id: props.feedbackId, depth: 0, overrideAccess: true })
      .catch(() => null)
    if (!report) return null
    const text = { margin: '0 0 12px' }
    const adminUrl = new URL(`/admin/collections/accessibility-feedback/${report.id}`, siteUrl).toString()
    return {
      to: settings().ACCESSIBILITY_FEEDBACK_TO,
      subject: t('Accessibility.mail.subject', { id: report.id }),
      preheader: t('Accessibility.mail.preheader'),
      heading: t('Accessibility.mail.heading'),
      content: (
        <>
          <Text style={text}>
            <strong>{t('Accessibility.mail.message')}</strong>
          </Text>
          <Text style={{ ...text, whiteSpace: 'pre-wrap' }}>{report.message}</Text>
          <Text style={text}>
            <strong>{t('Accessibility.mail.page')}</strong> {report.page || t('Accessibility.mail.none')}
          </Text>
          <Text style={text}>
            <strong>{t('Accessibility.mail.replyTo')}</strong>{' '}
            {report.email ? <Link href={`mailto:${report.email}`}>{report.email}</Link> : t('Accessibility.mail.noReply')}
          </Text>
          <Text style={text}>
            <strong>{t('Accessibility.mail.language')}</strong> {report.locale}
          </Text>
          <Text style={text}>
            <Link href={adminUrl}>{t('Accessibility.mail.admin')}</Link>
          </Text>
        </>
      ),
    }
  },
}
