import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import nodemailer, { type Transporter } from 'nodemailer'
import type { Transport } from 'nodemailer'
import type MailMessage from 'nodemailer/lib/mailer/mail-message'

const envelopeOf = (mail: MailMessage) => mail.message.getEnvelope()

// Development without SMTP: every mail is written to .data/mails/<time>-<id>.eml (open it with
// any mail program) and announced on the console, so nothing is silently dropped.
export function createMailFolderTransport(directory = path.resolve(process.cwd(), '.data/mails')): Transporter {
  const transport: Transport<{ envelope: ReturnType<typeof envelopeOf>; messageId: string; file: string }> = {
    name: 'mail-folder',
    version: '1.0.0',
    send(mail, callback) {
      const chunks: Buffer[] = []
      const stream = mail.message.createReadStream()
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('error', (error: Error) => callback(error, undefined as never))
      stream.on('end', () => {
        try {
          mkdirSync(directory, { recursive: true })
          const messageId = mail.message.messageId()
          const file = path.join(directory, `${Date.now()}-${messageId.replace(/[^a-zA-Z0-9.-]/g, '')}.eml`)
          writeFileSync(file, Buffer.concat(chunks))
          console.info(`[mail] mail folder: "${String(mail.data.subject ?? '')}" to ${String(mail.data.to ?? '')} → ${file}`)
          callback(null, { envelope: envelopeOf(mail), messageId, file })
        } catch (error) {
          callback(error as Error, undefined as never)
        }
      })
    },
  }
  return nodemailer.createTransport(transport)
}
