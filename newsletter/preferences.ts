import type { Payload } from 'payload'
import { z } from 'zod'
import { locales, type Locale } from '../i18n/locales'
import { countInterestOptions } from '../lib/content/queries/newsletter'
import { inTransaction } from '../lib/db/inTransaction'
import { requireSecret } from '../lib/env'
import { verifyPreferencesToken } from './tokens'
import { newsletterWrites } from './writeContext'

// The reader's own settings, reached from the link in every mail (newsletter/mailLinks.ts): the
// signed token identifies them without a login. Reading them changes nothing (the page is a GET);
// only the form's POST saves.

export interface Preferences {
  id: number
  locale: Locale
  interests: number[]
}

export type PreferencesLookup = { status: 'found'; preferences: Preferences } | { status: 'not-subscribed' } | { status: 'invalid' }

const subscriberId = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER)
const token = z.string().min(1).max(100)

const linkSchema = z.object({ id: subscriberId, token })

// Language and interests, as the form posts them (a POST of the form, urlencoded).
export const preferencesFormSchema = linkSchema.extend({
  locale: z.enum(locales),
  interests: z.array(z.coerce.number().int().positive()).max(10).default([]),
})

export type PreferencesForm = z.infer<typeof preferencesFormSchema>

export const preferencesFormFrom = (form: URLSearchParams) =>
  preferencesFormSchema.safeParse({
    id: form.get('id') ?? undefined,
    token: form.get('token') ?? undefined,
    locale: form.get('locale') ?? undefined,
    interests: form.getAll('interests'),
  })

const authentic = (link: { id: number; token: string }) => verifyPreferencesToken(requireSecret(), link.id, link.token)

// Pending and confirmed readers have settings; an address unsubscribed, suppressed or erased
// has none left to change.
const hasSettings = (status: string) => status === 'pending' || status === 'confirmed'

export async function findPreferences(payload: Payload, link: { id?: unknown; token?: unknown }): Promise<PreferencesLookup> {
  const parsed = linkSchema.safeParse(link)
  if (!parsed.success || !authentic(parsed.data)) return { status: 'invalid' }
  const subscriber = await payload.findByID({
    collection: 'subscribers',
    id: parsed.data.id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: { status: true, locale: true, interests: true },
  })
  if (!subscriber || !hasSettings(subscriber.status)) return { status: 'not-subscribed' }
  const interests = (subscriber.interests ?? []).map((area) => (typeof area === 'object' ? area.id : area))
  return { status: 'found', preferences: { id: parsed.data.id, locale: subscriber.locale as Locale, interests } }
}

export type SaveOutcome = { status: 'saved'; locale: Locale } | { status: 'not-subscribed' | 'invalid' | 'unknown-interest' }

export async function savePreferences(payload: Payload, form: PreferencesForm): Promise<SaveOutcome> {
  if (!authentic(form)) return { status: 'invalid' }
  const interests = [...new Set(form.interests)]
  if (interests.length > 0 && (await countInterestOptions(payload, interests)) !== interests.length) return { status: 'unknown-interest' }
  return inTransaction(payload, async (req) => {
    const subscriber = await payload.findByID({ collection: 'subscribers', id: form.id, depth: 0, overrideAccess: true, disableErrors: true, req })
    if (!subscriber || !hasSettings(subscriber.status)) return { status: 'not-subscribed' as const }
    await payload.update({
      collection: 'subscribers',
      id: form.id,
      data: { locale: form.locale, interests },
      overrideAccess: true,
      depth: 0,
      req,
    })
    return { status: 'saved' as const, locale: form.locale }
  }, newsletterWrites)
}
