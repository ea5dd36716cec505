import { Button, Link, Text } from '@react-email/components'
import { databasePool } from '../../lib/db/pool'
import type { MailTemplate } from '../../lib/mail/outbox/mailTemplate'
import { mailStyles } from '../../lib/mail/render/MailLayout'
import { confirmUrl } from '../mailLinks'
import { newConfirmationToken } from '../tokens'

export interface ConfirmationProps {
  subscriberId: number
}

// The double opt-in mail. Its token is minted here, when the mail is sent, and only its hash is
// stored — on the subscriber, in the same UPDATE that checks the sign-up is still pending. So no
// live token ever sits in the queue or in the database, a retry after a failed send mints a new
// one (the failed mail's link never reached anyone), and a reader who confirmed or left
// meanwhile gets nothing. The address is read here too, so the queue holds none.
export const confirmationMail: MailTemplate<ConfirmationProps> = {
  async compose({ payload, locale, props, t, siteUrl }) {
    const token = newConfirmationToken()
    const { rows } = await databasePool(payload).query<{ email: string }>(
      `UPDATE subscribers SET token_hash = $1, token_expires_at = $2
        WHERE id = $3 AND status = 'pending' RETURNING email`,
      [token.hash, token.expiresAt, props.subscriberId],
    )
    if (rows.length === 0) return null
    const link = confirmUrl(siteUrl, locale, token.token)
    const text = { margin: '0 0 16px' }
    return {
      to: rows[0].email,
      subject: t('Newsletter.mail.subject'),
      preheader: t('Newsletter.mail.preheader'),
      heading: t('Newsletter.mail.heading'),
      reader: { subscriberId: props.subscriberId },
      content: (
        <>
          <Text style={text}>{t('Newsletter.mail.greeting')}</Text>
          <Text style={text}>{t('Newsletter.mail.body')}</Text>
          <Button
            href={link}
            style={{ backgroundColor: mailStyles.colours.link, color: '#ffffff', padding: '12px 20px', borderRadius: '4px', fontWeight: 'bold' }}
          >
            {t('Newsletter.mail.button')}
          </Button>
          <Text style={{ ...text, marginTop: '16px' }}>
            {t('Newsletter.mail.linkHint')} <Link href={link}>{link}</Link>
          </Text>
          <Text style={text}>{t('Newsletter.mail.ignore')}</Text>
        </>
      ),
    }
  },
}
