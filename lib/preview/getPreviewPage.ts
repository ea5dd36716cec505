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
  const { pageOf, fields } = pageBuilders[collection]
  const found = await pageOf(payload, locale, draft as never, findUntranslatedFields(payload, collection, id, locale, fields, user))
  return { ...common, collection, found } as PreviewPage
}

type PageOf = (payload: Payload, locale: Locale, doc: never, untranslated: Promise<string[]>) => Promise<PreviewPage['found']>

// Each previewable collection's reader page, built from a document the way lib/content/queries
// builds it from the published one.
const pageBuilders: Record<PreviewableCollection, { pageOf: PageOf; fields: readonly string[] }> = {
  dialogues: { pageOf: dialoguePageOf as PageOf, fields: dialogueLocalizedFields },
  sessions: { pageOf: sessionPageOf as PageOf, fields: sessionLocalizedFields },
  topics: { pageOf: topicPageOf as PageOf, fields: topicLocalizedFields },
  stakeholders: { pageOf: stakeholderPageOf as PageOf, fields: stakeholderLocalizedFields },
  pages: { pageOf: legalPageOf as PageOf, fields: pageLocalizedFields },
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
