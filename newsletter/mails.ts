import type { Payload } from 'payload'
import type { Locale } from '../i18n/locales'
import { settings } from '../lib/env'
import { confirmUrl, unsubscribeUrl } from './links'
import { translateNewsletter } from './translate'

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

// The confirmation mail, in the reader's language, with a one-click unsubscribe (RFC 8058:
// the List-Unsubscribe URL accepts a POST of "List-Unsubscribe=One-Click").
type MailTranslator = Awaited<ReturnType<typeof translateNewsletter<'Newsletter.mail'>>>

export function composeConfirmationMail(mail: ConfirmationMail, t: MailTranslator) {
  const confirm = confirmUrl(mail.siteUrl, mail.token)
  const unsubscribe = unsubscribeUrl(mail.siteUrl, mail.secret, mail.subscriberId)
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
      'List-Unsubscribe': `<${unsubscribe}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
    confirmUrl: confirm,
  }
}

export async function sendConfirmationMail(payload: Payload, mail: ConfirmationMail): Promise<void> {
  const t = await translateNewsletter(payload, mail.locale, 'Newsletter.mail')
  const { confirmUrl: link, ...message } = composeConfirmationMail(mail, t)
  await payload.sendEmail(message)
  // Without SMTP (development and tests only) the mail lands in .data/outbox; the link on the
  // console saves opening it. A production server always has SMTP_URL and never prints it.
  if (!settings().SMTP_URL && settings().NODE_ENV !== 'production') console.info(`[newsletter] confirmation link: ${link}`)
}
