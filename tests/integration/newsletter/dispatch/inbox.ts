import { simpleParser } from 'mailparser'
import type { ReceivedMail } from '../smtpInbox'

// Mails per recipient and Message-ID, to count what each reader got.
export function tally(received: ReceivedMail[], addresses: string[]) {
  const wanted = new Set(addresses)
  const perAddress = new Map<string, number>(addresses.map((address) => [address, 0]))
  const ids = new Map<string, Set<string>>()
  for (const mail of received) {
    for (const to of mail.to) {
      if (!wanted.has(to)) continue
      perAddress.set(to, (perAddress.get(to) ?? 0) + 1)
      const id = /^message-id:\s*(\S+)/im.exec(mail.raw)?.[1] ?? ''
      if (!ids.has(to)) ids.set(to, new Set())
      ids.get(to)!.add(id)
    }
  }
  const counts = [...perAddress.values()]
  return {
    missing: counts.filter((count) => count === 0).length,
    duplicates: counts.reduce((sum, count) => sum + Math.max(0, count - 1), 0),
    // Copies that are not the same message (another Message-ID): what a reader would see twice.
    distinctDuplicates: [...ids.values()].reduce((sum, set) => sum + Math.max(0, set.size - 1), 0),
    received: counts.reduce((sum, count) => sum + count, 0),
  }
}

export const parsed = (mail: ReceivedMail) => simpleParser(mail.raw)
