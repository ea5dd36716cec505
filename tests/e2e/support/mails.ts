import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { simpleParser, type ParsedMail } from 'mailparser'

// The mails the run's SMTP server received (scripts/e2e.ts writes each to E2E_MAIL_DIR), parsed.
async function mailsIn(directory: string): Promise<ParsedMail[]> {
  const files = readdirSync(directory).filter((name) => name.endsWith('.eml'))
  return Promise.all(files.map((name) => simpleParser(readFileSync(join(directory, name)))))
}

const recipients = (mail: ParsedMail) =>
  [mail.to].flat().flatMap((group) => group?.value.map((address) => address.address ?? '') ?? [])

// Waits until the mail worker has delivered `count` mails to `address`.
export async function mailsTo(address: string, count = 1, timeoutMs = 20_000): Promise<ParsedMail[]> {
  const directory = process.env.E2E_MAIL_DIR
  if (!directory) throw new Error('E2E_MAIL_DIR is not set: run the browser tests through `npm run test:e2e`')
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const found = (await mailsIn(directory)).filter((mail) => recipients(mail).includes(address))
    if (found.length >= count || Date.now() > deadline) return found
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

export const linkIn = (text: string, path: string) => {
  const match = new RegExp(`https?://[^\\s"<>]*${path.replace(/\//g, '\\/')}\\?[^\\s"<>]+`).exec(text)
  if (!match) throw new Error(`no ${path} link in the mail`)
  return match[0]
}
