import { mkdirSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { SMTPServer } from 'smtp-server'

export interface ReceivedMail {
  to: string[]
  raw: string
}

// A real SMTP server in this process: the app's nodemailer transport talks SMTP to it. With
// `saveTo` each mail is also written there as <n>.eml (the e2e harness hands the folder to
// the browser tests and scripts it runs). `delayMs` holds each mail that long before the server
// accepts it (a slow relay).
export async function startInbox(saveTo?: string, delayMs = 0) {
  if (saveTo) mkdirSync(saveTo, { recursive: true })
  const received: ReceivedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const accept = () => {
          received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw: Buffer.concat(chunks).toString('utf8') })
          if (saveTo) writeFileSync(join(saveTo, `${received.length}.eml`), Buffer.concat(chunks))
          callback()
        }
        if (delayMs > 0) setTimeout(accept, delayMs)
        else accept()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    mailsTo: (address: string) => received.filter((mail) => mail.to.includes(address)),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

// Decodes what nodemailer wrote: headers unfolded, quoted-printable bodies decoded.
export function parseMail(raw: string) {
  const split = raw.search(/\r?\n\r?\n/)
  const head = raw.slice(0, split)
  const headers = new Map<string, string>()
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon > 0) headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim())
  }
  // Quoted-printable: soft breaks go, each =XX is one byte; the bytes are UTF-8.
  const bytes = raw
    .slice(split)
    .replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
  return { headers, body: Buffer.from(bytes, 'latin1').toString('utf8') }
}

export function decodeSubject(value: string | undefined): string {
  if (!value) return ''
  return value.replace(/=\?utf-8\?([QB])\?([^?]*)\?=\s*/gi, (_, encoding: string, text: string) =>
    encoding.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (__, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8'),
  )
}
