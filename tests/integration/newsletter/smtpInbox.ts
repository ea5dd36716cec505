import { mkdirSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export interface ReceivedMail {
  to: string[]
  raw: string
}

// How the server misbehaves, on purpose: answer the greeting late, refuse some recipients
// with a permanent 5xx, or (stopListening) refuse connections altogether.
export interface InboxBehaviour {
  greetingDelayMs?: number
  refuseRecipient?: (address: string) => boolean
}

// A real SMTP server in this process: the app's nodemailer transport talks SMTP to it. With
// `saveTo` each mail is also written there as <n>.eml (the e2e harness hands the folder to
// the browser tests and scripts it runs).
export async function startInbox(saveTo?: string, behaviour: InboxBehaviour = {}) {
  if (saveTo) mkdirSync(saveTo, { recursive: true })
  const received: ReceivedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onConnect(_session, callback) {
      if (behaviour.greetingDelayMs) setTimeout(() => callback(), behaviour.greetingDelayMs)
      else callback()
    },
    onRcptTo(address, _session, callback) {
      if (behaviour.refuseRecipient?.(address.address)) {
        const error = Object.assign(new Error('5.1.1 mailbox unavailable'), { responseCode: 550 })
        return callback(error)
      }
      callback()
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw: Buffer.concat(chunks).toString('utf8') })
        if (saveTo) writeFileSync(join(saveTo, `${received.length}.eml`), Buffer.concat(chunks))
        callback()
      })
    },
  })
  let port = 0
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server.server.once('error', reject)
      server.listen(port, '127.0.0.1', () => {
        server.server.off('error', reject)
        resolve()
      })
    })
  await listen()
  port = (server.server.address() as AddressInfo).port
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    behaviour,
    mailsTo: (address: string) => received.filter((mail) => mail.to.includes(address)),
    // Closes the listening socket: connections to the port are refused until startListening.
    stopListening: () => new Promise<void>((resolve) => server.server.close(() => resolve())),
    startListening: listen,
    stop: () => new Promise<void>((resolve) => (server.server.listening ? server.close(() => resolve()) : resolve())),
  }
}

export type Inbox = Awaited<ReturnType<typeof startInbox>>

// mailparser decodes what nodemailer wrote (headers, quoted-printable, both parts).
export const readMail = (raw: string): Promise<ParsedMail> => simpleParser(raw)

// A header as sent (mailparser folds List-* headers into one object; tests compare the line).
export const headerLine = (mail: ParsedMail, name: string): string | undefined => {
  const line = mail.headerLines.find((item) => item.key === name.toLowerCase())?.line
  return line?.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim()
}
