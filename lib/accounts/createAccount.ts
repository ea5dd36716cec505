import type { Payload } from 'payload'
import { z } from 'zod'
import { roles, type Role } from '../../access/roles'
import { locales, type Locale } from '../../i18n/locales'
import { ConfigurationError } from '../env'
import { weakPasswordReason } from './passwordStrength'

export interface NewAccount {
  email: string
  role: Role
  locales: Locale[]
}

const accountSchema = z
  .object({
    email: z.string().trim().toLowerCase().pipe(z.email('is not an e-mail address')),
    role: z.enum(roles, `must be one of ${roles.join(', ')}`),
    locales: z.array(z.enum(locales, `must be some of ${locales.join(', ')}`)).default([]),
  })
  .refine((account) => account.role !== 'translator' || account.locales.length > 0, {
    path: ['locales'],
    message: 'a translator needs the locales they translate (e.g. --locales es,en)',
  })

// Accounts made outside the admin (first start, `npm run admin`) are checked here once: a clear
// reason for the operator instead of a stack trace, and nothing written on bad input.
export function parseNewAccount(input: { email?: string; role?: string; locales?: string[] }): NewAccount {
  const parsed = accountSchema.safeParse(input)
  if (parsed.success) return parsed.data
  const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.') || 'account'}: ${issue.message}`)
  throw new ConfigurationError(`Cannot create the account:\n${lines.join('\n')}`)
}

export async function createAccount(payload: Payload, account: NewAccount, password: string | undefined) {
  const weak = weakPasswordReason(password, account.email)
  if (weak) throw new ConfigurationError(`Cannot create the account ${account.email}: the password is too weak, ${weak}.`)
  const existing = await payload.count({ collection: 'users', where: { email: { equals: account.email } } })
  if (existing.totalDocs > 0) throw new ConfigurationError(`Cannot create the account: ${account.email} already has one.`)
  return payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email: account.email, password: password!, role: account.role, locales: account.locales },
  })
}
