/**
 * @jest-environment node
 */
import { mailboxOf } from '@/newsletter/mailbox'
import { normalizeAddress } from '@/newsletter/schema'

const mailbox = (address: string) => mailboxOf(normalizeAddress(address)!).mailbox

describe('the mailbox an address delivers to', () => {
  it('folds +tags for every domain: a+1@x.org and a+2@x.org are one mailbox', () => {
    expect(mailbox('a+1@x.org')).toBe('a@x.org')
    expect(mailbox('a+2@x.org')).toBe('a@x.org')
    expect(mailbox('A+News@X.ORG')).toBe('a@x.org')
  })

  it('folds dots only for Gmail, where the provider ignores them', () => {
    expect(mailbox('f.o.o@gmail.com')).toBe('foo@gmail.com')
    expect(mailbox('F.oo+x@googlemail.com')).toBe('foo@gmail.com')
    expect(mailbox('f.o.o@x.org')).toBe('f.o.o@x.org')
  })

  it('names the domain the budget is counted for', () => {
    expect(mailboxOf('a@googlemail.com').domain).toBe('gmail.com')
    expect(mailboxOf('a+b@sub.example.org').domain).toBe('sub.example.org')
  })
})
