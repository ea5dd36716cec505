import { render, toPlainText } from '@react-email/render'
import type { Locale } from '../../../i18n/locales'
import { readerLinks } from '../../../newsletter/readerLinks'
import type { ComposedMail } from '../outbox/mailTemplate'
import { MailLayout } from './MailLayout'
import type { MailTranslator } from './mailTranslator'

export interface RenderedMail {
  to: string
  subject: string
  html: string
  text: string
  headers: Record<string, string>
}

// List-Id (RFC 2919): one list, named after the site's host, so filters and one-click
// unsubscribe work the same for every mail the newsletter sends.
const listId = (siteUrl: string, name: string) => `${name} <newsletter.${new URL(siteUrl).hostname}>`

// A composed mail in the shared layout, as HTML and as plain text (both from the same React
// tree: the text part is the HTML's text, links written out), with the headers of its kind.
export async function renderMail(
  composed: ComposedMail,
  context: { locale: Locale; t: MailTranslator; siteUrl: string; secret: string },
): Promise<RenderedMail> {
  const { t, locale } = context
  const links = composed.reader ? readerLinks(context.siteUrl, context.secret, locale, composed.reader.subscriberId) : undefined
  const footer = links && {
    reason: t('Mail.layout.reason'),
    links: [
      ...(links.preferences ? [{ href: links.preferences, label: t('Mail.layout.preferences') }] : []),
      { href: links.unsubscribe, label: t('Mail.layout.unsubscribe') },
    ],
  }
  const element = (
    <MailLayout lang={locale} title={composed.subject} heading={composed.heading} preheader={composed.preheader} footer={footer}>
      {composed.content}
    </MailLayout>
  )
  const html = await render(element)
  const text = toPlainText(html)
  const headers: Record<string, string> = { 'Content-Language': locale }
  if (links) {
    headers['List-Id'] = listId(context.siteUrl, t('Mail.layout.listName'))
    // RFC 8058: the address takes a POST of "List-Unsubscribe=One-Click" (newsletter/endpoints).
    headers['List-Unsubscribe'] = `<${links.oneClickUnsubscribe}>`
    headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click'
  }
  return { to: composed.to, subject: composed.subject, html, text, headers }
}
