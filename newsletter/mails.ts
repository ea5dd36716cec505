// use-intl's core (next-intl's own translator): next-intl's index would bring its client provider into the pages that import the sign-up.
import { createTranslator } from 'use-intl/core'
import type { Payload } from 'payload'
import type { Locale } from '../i18n/locales'
import { messagesFor } from '../i18n/messages'
import { findEditedStrings } from '../lib/content/queries/interfaceStrings'
import { confirmUrl, oneClickUnsubscribeUrl, unsubscribeUrl } from './mailLinks'
import { settings } from '../lib/env'

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!)

interface ConfirmationMail {
  to: string
  locale: Locale
  token: string
  subscriberId: number
  siteUrl: string
  secret: string
}

// The mail's texts are the site's interface strings, by the same keys and from the same
// source as the pages (i18n/messages.ts), read fresh: a mail is not cached like a page.
const mailTranslator = async (payload: Payload, locale: Locale) =>
  createTranslator({
    locale,
    messages: await messagesFor(locale, () => findEditedStrings(payload, locale), (message) => payload.logger.warn(message)),
    namespace: 'Newsletter.mail',
  })

type MailTranslator = Awaited<ReturnType<typeof mailTranslator>>

// The confirmation mail, in the reader's language, with a one-click unsubscribe (RFC 8058:
// the List-Unsubscribe URL accepts a POST of "List-Unsubscribe=One-Click"). The links in the
// text open pages with a button (newsletter/links.ts).
export function composeConfirmationMail(mail: ConfirmationMail, t: MailTranslator) {
  const confirm = confirmUrl(mail.siteUrl, mail.locale, mail.token)
  const unsubscribe = unsubscribeUrl(mail.siteUrl, mail.locale, mail.secret, mail.subscriberId)
  const oneClick = oneClickUnsubscribeUrl(mail.siteUrl, mail.secret, mail.subscriberId)
  const text = [t('greeting'), '', t('body'), confirm, '', t('ignore'), '', `${t('unsubscribe')}: ${unsubscribe}`].join('\n')
  const html = `<!doctype html><html lang="${mail.locale}"><body>
<p>${escapeHtml(t('greeting'))}</p>
<p>${escapeHtml(t('body'))}</p>
<p><a href="${escapeHtml(confirm)}">${escapeHtml(t('button'))}</a></p>
<p>${escapeHtml(t('ignore'))}</p>
<p><a href="${escapeHtml(unsubscribe)}">${escapeHtml(t('unsubscribe'))}</a></p>
</body></html>`
  return {
    to: mail.to,
    subject: t('subject'),
    text,
    html,
    headers: {
      'Content-Language': mail.locale,
      'List-Unsubscribe': `<${oneClick}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
    confirmUrl: confirm,
  }
}

export async function sendConfirmationMail(payload: Payload, mail: ConfirmationMail): Promise<void> {
  const t = await mailTranslator(payload, mail.locale)
  const { confirmUrl: link, ...message } = composeConfirmationMail(mail, t)
  await payload.sendEmail(message)
  // Without SMTP (development and tests only) the mail lands in .data/outbox; the link on the
  // console saves opening it. A production server always has SMTP_URL and never prints it.
  if (!settings().SMTP_URL && settings().NODE_ENV !== 'production') console.info(`[newsletter] confirmation link: ${link}`)
}
