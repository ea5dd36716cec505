import { domainToASCII } from 'node:url'
import { z } from 'zod'
import { locales } from '../i18n/locales'

// RFC 5321: a path is at most 254 octets usable, the local part at most 64. Domains may be
// written in Unicode (IDN); they are compared and stored in their ASCII (punycode) form.
const MAX_ADDRESS = 254
const MAX_LOCAL_PART = 64
const localPart = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/
const label = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/

// Returns the address with its domain in ASCII and lower case, or null when it is not one.
export function normalizeAddress(input: string): string | null {
  const at = input.lastIndexOf('@')
  if (at <= 0 || at === input.length - 1) return null
  const local = input.slice(0, at)
  if (local.length > MAX_LOCAL_PART || !localPart.test(local)) return null
  const domain = domainToASCII(input.slice(at + 1).toLowerCase())
  if (!domain || domain.length > 253) return null
  const labels = domain.split('.')
  if (labels.length < 2 || !labels.every((part) => label.test(part))) return null
  if (/^[0-9]+$/.test(labels[labels.length - 1])) return null
  const address = `${local.toLowerCase()}@${domain}`
  return address.length > MAX_ADDRESS ? null : address
}

// An address as the sign-up stores it (normalizeAddress); `error` is what an invalid one says.
export const addressSchema = (error: string) =>
  z
    .string({ error })
    .trim()
    .min(1, { error })
    .max(MAX_ADDRESS, { error })
    .transform((value, context) => {
      const address = normalizeAddress(value)
      if (!address) {
        context.addIssue({ code: 'custom', message: error })
        return z.NEVER
      }
      return address
    })

// Error messages are message keys (Newsletter.errors.*), translated where the reader sees them.
export const signUpSchema = z.object({
  email: addressSchema('email'),
  consent: z.literal(true, { error: 'consent' }),
  locale: z.enum(locales, { error: 'locale' }),
  interests: z.array(z.coerce.number().int().positive(), { error: 'interests' }).max(10, { error: 'interests' }).default([]),
  // Hidden from people; bots fill it. Checked by the sign-up, not refused here, so a bot
  // sees the same answer as everyone else.
  website: z.string().max(500).optional().default(''),
})

export type SignUpInput = z.infer<typeof signUpSchema>
export type SignUpField = 'email' | 'consent' | 'locale' | 'interests' | 'website'
export type FieldErrors = Partial<Record<SignUpField, string>>

// Form posts send strings: "on" for a ticked box, repeated keys for interests.
export function fromFormData(form: FormData | URLSearchParams): Record<string, unknown> {
  const consent = form.get('consent')
  return {
    email: form.get('email') ?? undefined,
    consent: consent === 'on' || consent === 'true' ? true : consent === null ? undefined : consent,
    locale: form.get('locale') ?? undefined,
    interests: form.getAll('interests').filter((value) => value !== ''),
    website: form.get('website') ?? '',
  }
}

export type ParsedSignUp = { ok: true; data: SignUpInput } | { ok: false; errors: FieldErrors }

export function parseSignUp(raw: unknown): ParsedSignUp {
  const parsed = signUpSchema.safeParse(raw)
  if (parsed.success) return { ok: true, data: parsed.data }
  const errors: FieldErrors = {}
  for (const issue of parsed.error.issues) {
    const field = (issue.path[0] ?? 'email') as SignUpField
    errors[field] ??= knownCodes.has(issue.message) ? issue.message : field
  }
  return { ok: false, errors }
}

const knownCodes = new Set(['email', 'consent', 'locale', 'interests', 'website'])
