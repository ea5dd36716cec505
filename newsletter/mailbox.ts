// The mailbox an address delivers to, for counting sign-ups: a+1@x.org and a+2@x.org reach
// the same reader, so they share one budget. The stored address stays as the reader wrote it.
//
// "+tag" is folded for every domain, not only for a list of providers: Gmail, Outlook, iCloud,
// Fastmail, Proton, GMX, Posteo and most self-hosted servers deliver a+tag to a; where a
// domain does not, two real mailboxes a+1 and a+2 share a budget of NEWSLETTER_LIMIT_PER_ADDRESS
// per hour, which costs nobody anything. Dots are folded only where the provider ignores them
// (Gmail: f.o.o@gmail.com is foo@gmail.com; googlemail.com is the same service), because
// elsewhere f.oo and fo.o are different people.
const dotBlindDomains: Record<string, string> = { 'gmail.com': 'gmail.com', 'googlemail.com': 'gmail.com' }

export interface Mailbox {
  mailbox: string
  domain: string
}

// `address` is already normalised by the sign-up schema (lower case, ASCII domain).
export function mailboxOf(address: string): Mailbox {
  const at = address.lastIndexOf('@')
  let local = address.slice(0, at)
  let domain = address.slice(at + 1)
  const plus = local.indexOf('+')
  if (plus > 0) local = local.slice(0, plus)
  const provider = dotBlindDomains[domain]
  if (provider) {
    domain = provider
    local = local.replace(/\./g, '')
  }
  return { mailbox: `${local}@${domain}`, domain }
}
