import { unstable_cache } from 'next/cache'
import { cache } from 'react'
import { tags } from '@/lib/cache/tags'
import { DatabaseUnavailableError, outageOr } from '@/lib/outage/databaseState'
import { payloadClient } from '@/lib/payloadClient'
import type { Locale } from '@/i18n/locales'
import { findDialoguePage, listDialogues as queryDialogues } from './queries/dialogues'
import { findEditedStrings } from './queries/interfaceStrings'
import { findPrivacyNotice, listInterestOptions } from './queries/newsletter'
import { findLegalPage, findPageSlugByKey } from './queries/pages'
import { emptySiteFrame, findSiteFrame } from './queries/siteFrame'
import { listSessions as querySessions, findSessionPage } from './queries/sessions'
import { listSitemapEntries } from './queries/sitemap'
import { findIdBySlug, findPublishedLocales, findSlugs, type SluggedCollection } from './queries/slugs'
import { findStakeholderPage, listStakeholders as queryStakeholders } from './queries/stakeholders'
import { findTopicPage, listTopics as queryTopics } from './queries/topics'
import type { Payload } from 'payload'

// Data-cache entries outlive a build (.next/cache, or the Redis that instances share) and
// Next keys them by name and arguments only; a new build's query may return another shape,
// so each build reads its own entries. next.config.ts fixes the value at build time.
const build = process.env.CONTENT_CACHE_BUILD ?? 'unbuilt'

export interface ReaderQuery<Args extends (string | number)[] = never[]> {
  query: (payload: Payload, ...args: Args) => Promise<unknown>
  tagsFor: (...args: Args) => string[]
}

// Every cached read by name, so a test can check that each tag it sets is expired by a save of
// what it names (tests/integration/reader/everyTagExpires.test.ts).
export const readerQueries = new Map<string, ReaderQuery>()

// What reader pages call. Each read is cached in Next's data cache under tags from
// lib/cache/tags (so a save can expire exactly it) and wrapped in React's cache(), so a page
// and its generateMetadata share one database round trip. A read that fails because the
// database is away throws DatabaseUnavailableError: the page answers 503 (error.tsx) and
// neither the failure nor a page built around it is cached.
function cachedRead<Args extends (string | number)[], Result>(
  name: string,
  query: (payload: Payload, ...args: Args) => Promise<Result>,
  tagsFor: (...args: Args) => string[],
) {
  readerQueries.set(name, { query, tagsFor } as unknown as ReaderQuery)
  return cache((...args: Args) =>
    unstable_cache(
      async () => {
        try {
          return await query(await payloadClient(), ...args)
        } catch (error) {
          throw await outageOr(error)
        }
      },
      [build, name, ...args.map(String)],
      { tags: tagsFor(...args) },
    )(),
  )
}

const resolveSlug = cachedRead(
  'slug',
  (payload, collection: SluggedCollection, locale: Locale, slug: string) => findIdBySlug(payload, collection, locale, slug),
  // The German slug is tried too (see findIdBySlug), so its tag must clear this entry as well.
  (collection, locale, slug) => [tags.slug(collection, locale, slug), tags.slug(collection, 'de', slug)],
)

export const getSlugs = cachedRead(
  'slugs',
  (payload, collection: SluggedCollection, id: number) => findSlugs(payload, collection, id),
  (collection, id) => [tags.document(collection, id)],
)

export const getPublishedLocales = cachedRead(
  'published-locales',
  (payload, collection: SluggedCollection, id: number) => findPublishedLocales(payload, collection, id),
  (collection, id) => [tags.document(collection, id)],
)

// Slug → id first, then the document by id: the page's content is tagged by the document,
// so a change to it (or to what it embeds) reaches every locale's page at once.
function bySlug<Result>(collection: SluggedCollection, read: (locale: Locale, id: number) => Promise<Result | null>) {
  return async (locale: Locale, slug: string): Promise<Result | null> => {
    const id = await resolveSlug(collection, locale, slug)
    return id == null ? null : read(locale, id)
  }
}

const dialogueById = cachedRead('dialogue', findDialoguePage, (_locale, id) => [tags.document('dialogues', id)])
export const getDialogue = bySlug('dialogues', dialogueById)

export const listDialogues = cachedRead('dialogues', queryDialogues, () => [tags.list('dialogues')])

// A session names its dialogue: its save expires the dialogue's tag (lib/cache/expiredBy.ts).
export const listSessions = cachedRead('sessions-of', querySessions, (_locale, dialogueId) => [tags.document('dialogues', dialogueId)])

const sessionById = cachedRead('session', findSessionPage, (_locale, id) => [tags.document('sessions', id)])
export const getSession = bySlug('sessions', sessionById)

const topicById = cachedRead('topic', findTopicPage, (_locale, id) => [tags.document('topics', id)])
export const getTopic = bySlug('topics', topicById)

const stakeholderById = cachedRead('stakeholder', findStakeholderPage, (_locale, id) => [tags.document('stakeholders', id)])
export const getStakeholder = bySlug('stakeholders', stakeholderById)

const pageById = cachedRead('page', findLegalPage, (_locale, id) => [tags.document('pages', id)])
export const getPageBySlug = bySlug('pages', pageById)

// Any page's save may move a key or a slug: the list tag covers them all.
export const getPageSlugByKey = cachedRead('page-slug-by-key', findPageSlugByKey, () => [tags.list('pages')])

// Per locale: a translator's save refreshes the pages of that language only.
export const getEditedStrings = cachedRead('interface-strings', findEditedStrings, (locale) => [tags.list('interface-strings', locale)])

// The sign-up form's link to the privacy notice and its interests. The consent record reads
// the notice with the same query, uncached (newsletter/signUp.ts).
export const getPrivacyNotice = cachedRead('privacy-notice', findPrivacyNotice, () => [tags.list('pages')])

export const listNewsletterInterests = cachedRead('newsletter-interests', listInterestOptions, () => [tags.list('workplan-areas')])

export const getSiteFrame = cachedRead('site-frame', findSiteFrame, () =>
  (['site-settings', 'navigation', 'footer'] as const).map((slug) => tags.global(slug)),
)

// The header and footer of every page. While the database is away they are left empty rather
// than failing the layout (no error boundary sits above it): the page inside then answers 503
// (PageShell), and the 404 page still has its frame.
export const getSiteFrameOrNone = (locale: Locale) =>
  getSiteFrame(locale).catch((error: unknown) => {
    if (error instanceof DatabaseUnavailableError) return emptySiteFrame
    throw error
  })

export const listTopics = cachedRead('topics', queryTopics, () => [tags.list('topics')])

export const listStakeholders = cachedRead('stakeholders', queryStakeholders, () => [tags.list('stakeholders')])

export const listSitemap = cachedRead('sitemap', listSitemapEntries, () =>
  (['dialogues', 'sessions', 'topics', 'stakeholders', 'pages'] as const).map((collection) => tags.list(collection)),
)

