import { headers } from 'next/headers'
import type { Payload, TypedUser } from 'payload'
import type { Locale } from '@/i18n/locales'
import { dialogueLocalizedFields, dialoguePageOf, type DialoguePage } from '@/lib/content/queries/dialogues'
import { legalPageOf, pageLocalizedFields, type LegalPage } from '@/lib/content/queries/pages'
import { sessionLocalizedFields, sessionPageOf, type SessionPage } from '@/lib/content/queries/sessions'
import { stakeholderLocalizedFields, stakeholderPageOf, type StakeholderPage } from '@/lib/content/queries/stakeholders'
import { topicLocalizedFields, topicPageOf, type TopicPage } from '@/lib/content/queries/topics'
import { findUntranslatedFields } from '@/lib/content/queries/untranslated'
import { payloadClient } from '@/lib/payloadClient'
import type { Dialogue, Page, Session, Stakeholder, Topic } from '@/payload-types'
import type { PreviewableCollection } from './previewableCollections'
import { unpublishedFields } from './unpublishedFields'

export type PreviewPage = (
  | { collection: 'dialogues'; found: DialoguePage }
  | { collection: 'sessions'; found: SessionPage }
  | { collection: 'topics'; found: TopicPage }
  | { collection: 'stakeholders'; found: StakeholderPage }
  | { collection: 'pages'; found: LegalPage }
) & {
  status: 'draft' | 'published'
  slug: string
  // Readers of this locale see the German document: this locale was never published, or is unpublished.
  publishedInLocale: boolean
  // Top-level fields whose value readers of this locale do not see yet.
  unpublished: string[]
}

type Previewed = Dialogue | Session | Topic | Stakeholder | Page

// The latest version — draft included — for the person logged in to the admin (the admin's
// cookie comes with the request), put together like the reader page (lib/content/queries), with
// what readers of this locale see now beside it. Never cached; anyone else gets null, i.e. a 404.
export async function getPreviewPage(collection: PreviewableCollection, id: number, locale: Locale): Promise<PreviewPage | null> {
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  if (!user) return null
  const draft = await readDraft(payload, collection, id, locale, user)
  if (!draft) return null
  // What the public gets in this locale: null where the locale is not published.
  const published = (await payload.findByID({ collection, id, locale, depth: 1, overrideAccess: false, disableErrors: true, joins: false as never })) as Previewed | null
  const common = {
    status: draft._status === 'published' ? ('published' as const) : ('draft' as const),
    slug: draft.slug ?? '',
    publishedInLocale: published !== null,
    unpublished: unpublishedFields(draft, published),
  }
  if (collection === 'dialogues') {
    const found = await dialoguePageOf(payload, locale, draft as Dialogue, findUntranslatedFields(payload, collection, id, locale, dialogueLocalizedFields, user))
    return { ...common, collection, found }
  }
  if (collection === 'sessions') {
    const found = await sessionPageOf(payload, locale, draft as Session, findUntranslatedFields(payload, collection, id, locale, sessionLocalizedFields, user))
    return { ...common, collection, found }
  }
  if (collection === 'topics') {
    const found = await topicPageOf(payload, locale, draft as Topic, findUntranslatedFields(payload, collection, id, locale, topicLocalizedFields, user))
    return { ...common, collection, found }
  }
  if (collection === 'stakeholders') {
    const found = await stakeholderPageOf(payload, locale, draft as Stakeholder, findUntranslatedFields(payload, collection, id, locale, stakeholderLocalizedFields, user))
    return { ...common, collection, found }
  }
  const found = await legalPageOf(payload, locale, draft as Page, findUntranslatedFields(payload, collection, id, locale, pageLocalizedFields, user))
  return { ...common, collection, found }
}

async function readDraft(payload: Payload, collection: PreviewableCollection, id: number, locale: Locale, user: TypedUser): Promise<Previewed | null> {
  try {
    // No joins: each page reads what it lists itself (lib/content/queries).
    return (await payload.findByID({ collection, id, locale, draft: true, depth: 1, overrideAccess: false, user, joins: false as never })) as Previewed
  } catch (error) {
    // A document that does not exist (or this editor may not see) is a 404; anything else —
    // the database away, a broken query — is the page's error, not a silent "not found".
    if ((error as { status?: number }).status === 404 || (error as { status?: number }).status === 403) return null
    throw error
  }
}
