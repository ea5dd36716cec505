import type { Payload } from 'payload'
import type { Locale } from '../../i18n/locales'
import { requireSecret, settings } from '../../lib/env'
import { mailTranslator } from '../../lib/mail/render/mailTranslator'
import { preparedHeaders } from '../../lib/mail/render/preparedHeaders'
import { renderMail, type RenderedMail } from '../../lib/mail/render/renderMail'
import { composeIssueMail, testReaderId } from '../mails/issueMail'
import { readerLinks } from '../readerLinks'
import type { ClaimedDelivery } from './claims'

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;')

// Every form a link takes in a rendered mail: as written (text part, headers) and with `&`
// escaped (HTML attributes and text).
function swapLinks(rendered: RenderedMail, from: Record<string, string | undefined>, to: Record<string, string | undefined>): RenderedMail {
  const swap = (text: string) =>
    Object.entries(from).reduce((result, [name, link]) => {
      const replacement = to[name]
      if (!link || !replacement) return result
      return result.split(link).join(replacement).split(escapeAttribute(link)).join(escapeAttribute(replacement))
    }, text)
  return {
    ...rendered,
    html: swap(rendered.html),
    text: swap(rendered.text),
    headers: Object.fromEntries(Object.entries(rendered.headers).map(([name, value]) => [name, swap(value)])),
  }
}

// Sends deliveries of issues in the shared layout (lib/mail/render) through Payload's mail
// transport. Rendering React for each of 10,000 readers would cost more than sending: an issue
// is rendered once per language, for a stand-in reader, and each reader's own links (HMAC
// tokens, different for every reader) take the stand-in's places. The Message-ID is fixed per
// delivery, so a mail sent again after a crash (claims.ts, reclaimStale) is recognisably the same.
export function createIssueMailer(payload: Payload) {
  const siteUrl = settings().SITE_URL
  const secret = requireSecret()
  const host = new URL(siteUrl).hostname
  const rendered = new Map<string, Promise<RenderedMail | null>>()

  async function renderOnce(issueId: number, locale: Locale) {
    const t = await mailTranslator(payload, locale)
    const context = { payload, locale, t, siteUrl, secret, props: { issueId, subscriberId: testReaderId } }
    const composed = await composeIssueMail(context, 'reader@invalid')
    return composed ? renderMail(composed, context) : null
  }

  function template(issueId: number, locale: Locale) {
    const key = `${issueId}:${locale}`
    let found = rendered.get(key)
    if (!found) {
      found = renderOnce(issueId, locale)
      rendered.set(key, found)
      // A failed render is tried again with the next delivery, not kept.
      found.catch(() => rendered.delete(key))
    }
    return found
  }

  return {
    async deliver(delivery: ClaimedDelivery): Promise<void> {
      const base = await template(delivery.issueId, delivery.locale)
      if (!base) throw Object.assign(new Error('issue not found'), { responseCode: 550 })
      const standIn = readerLinks(siteUrl, secret, delivery.locale, testReaderId)
      const own = readerLinks(siteUrl, secret, delivery.locale, delivery.subscriberId)
      const mail = swapLinks(base, { ...standIn }, { ...own })
      const headers = preparedHeaders(mail.headers)
      await payload.sendEmail({ ...mail, headers, to: delivery.email, messageId: `<issue-${delivery.issueId}.delivery-${delivery.id}@${host}>` })
    },
    // An issue that is done needs its rendering no more.
    forget(issueId: number) {
      for (const key of rendered.keys()) if (key.startsWith(`${issueId}:`)) rendered.delete(key)
    },
  }
}
