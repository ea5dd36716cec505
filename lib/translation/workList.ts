import type { Payload } from 'payload'
import { hasRole, type Role } from '@/access/roles'
import { defaultLocale, locales, type Locale } from '@/i18n/locales'
import { translationStatus, type MissingContent } from '@/i18n/strings/translationStatus'
import { exchangedCollections } from './xliff/contentUnits'

export interface WaitingForReview {
  collection: (typeof exchangedCollections)[number]
  id: number
  title: string
}

export interface LocaleWork {
  locale: Locale
  missing: MissingContent[]
  outdated: MissingContent[]
  waitingForReview: WaitingForReview[]
}

interface Person {
  role?: Role | null
  locales?: readonly string[] | null
}

// Documents whose latest text in a locale a translator has marked ready for review.
async function readyForReview(payload: Payload, locale: Locale): Promise<WaitingForReview[]> {
  const found = await Promise.all(
    exchangedCollections.map(async (collection) => {
      // Institutions have a name, the others a title.
      const titleField = payload.collections[collection].config.admin.useAsTitle ?? 'title'
      const { docs } = await payload.find({
        collection,
        locale,
        draft: true,
        depth: 0,
        pagination: false,
        overrideAccess: true,
        where: { readyForReview: { equals: true } },
        select: { [titleField]: true },
      })
      return (docs as unknown as Record<string, unknown>[]).map((doc) => ({ collection, id: doc.id as number, title: (doc[titleField] as string | undefined) || `#${doc.id}` }))
    }),
  )
  return found.flat()
}

// What waits for one person, per locale: a translator sees, in their locales, what is missing,
// outdated and waiting for review; an editor (or admin) what waits for their review in every
// translated locale.
export async function workList(payload: Payload, person: Person): Promise<LocaleWork[]> {
  const translator = hasRole(person, 'translator')
  const own = locales.filter((locale) => locale !== defaultLocale && (!translator || person.locales?.includes(locale)))
  if (own.length === 0) return []
  const status = translator ? await translationStatus(payload) : []
  return Promise.all(
    own.map(async (locale) => {
      const content = status.find((row) => row.locale === locale)?.content
      return { locale, missing: content?.missing ?? [], outdated: content?.outdated ?? [], waitingForReview: await readyForReview(payload, locale) }
    }),
  )
}
