import type { ReactElement } from 'react'
import type { Payload } from 'payload'
import type { Locale } from '../../../i18n/locales'
import type { MailTranslator } from '../render/mailTranslator'

// What a template gets at send time, in the worker (never in a request).
export interface ComposeContext<Props> {
  payload: Payload
  locale: Locale
  props: Props
  // As given to enqueueMail; a template that finds its recipient itself ignores it.
  to?: string
  // All interface strings of `locale` (messages/*.json with the translators' edits).
  t: MailTranslator
  siteUrl: string
  secret: string
}

export interface ComposedMail {
  to: string
  subject: string
  // The line mail programs show after the subject; also the first text in the body.
  preheader?: string
  // The mail's own part, inside the shared layout (lib/mail/render/MailLayout.tsx); its first
  // heading is the layout's <h1>.
  heading: string
  content: ReactElement
  // Set for mails to a newsletter reader: they carry the reader's one-click unsubscribe
  // (RFC 8058), List-Id and the links of newsletter/readerLinks.ts in the footer.
  reader?: { subscriberId: number }
}

// One kind of mail. `compose` returns null when there is nothing to send any more (the reader
// confirmed or left meanwhile): the job then ends without a mail.
export interface MailTemplate<Props> {
  compose(context: ComposeContext<Props>): Promise<ComposedMail | null>
}
