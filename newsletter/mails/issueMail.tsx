import { Link, Text } from '@react-email/components'
import { IssueBody } from '../../components/newsletter/IssueBody'
import type { ComposeContext, ComposedMail, MailTemplate } from '../../lib/mail/outbox/mailTemplate'
import { archiveUrl, issueContent } from '../dispatch/issueContent'

export interface IssueMailProps {
  issueId: number
  // The reader the mail is for; the test send gives none and is addressed to `to`.
  subscriberId?: number
}

// A subscriber id no reader has: the test mail shows the footer and headers every reader's mail
// carries, with links that unsubscribe nobody.
export const testReaderId = 0

// A newsletter issue in the shared layout: the subject as its heading, the editors' text,
// a link to the issue in the archive, and (from the layout) the reader's own links.
export async function composeIssueMail(context: ComposeContext<IssueMailProps>, to: string, subjectPrefix = ''): Promise<ComposedMail | null> {
  const { payload, locale, props, t, siteUrl } = context
  const issue = await issueContent(payload, props.issueId, locale)
  if (!issue) return null
  return {
    to,
    subject: `${subjectPrefix}${issue.subject}`,
    preheader: issue.preheader,
    heading: issue.subject,
    reader: { subscriberId: props.subscriberId ?? testReaderId },
    content: (
      <>
        <IssueBody body={issue.body} locale={locale} siteUrl={siteUrl} />
        <Text style={{ margin: '24px 0 0' }}>
          <Link href={archiveUrl(siteUrl, locale, issue.id)}>{t('Newsletter.issueMail.archive')}</Link>
        </Text>
      </>
    ),
  }
}

// The editor's test send, through the outbox like every mail (queued in the request's
// transaction, sent by the worker), marked as a test in its subject.
export const issueTestMail: MailTemplate<IssueMailProps> = {
  async compose(context) {
    if (!context.to) return null
    return composeIssueMail(context, context.to, '[Test] ')
  },
}
