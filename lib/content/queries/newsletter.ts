import { createHash } from 'node:crypto'
import type { Payload } from 'payload'
import type { Locale } from '@/i18n/locales'
import { richTextToPlain } from '../richTextToPlain'

// What the newsletter reads of the site's content, as the public sees it (published only).

export interface PrivacyNotice {
  // Where the sign-up form links to: /<locale>/<slug>.
  slug: string
  // Which text the reader agreed to: its last change names the version, the SHA-256 of its
  // text proves which text it was (collections/ConsentRecords.ts keeps both).
  version: string
  hash: string
  // The text itself, which the consent record keeps a copy of (newsletter/noticeCopies.ts):
  // `content` is exactly what was hashed, `text` the same as plain words for people.
  title: string
  text: string
  content: unknown
}

// One query answers both "where does the consent box link to?" (when the form is rendered)
// and "which notice did the reader consent to?" (when the consent is recorded): the privacy
// page of the reader's language as a reader sees it — published, German where untranslated,
// as the page itself shows it. Null while no privacy page is published.
export async function findPrivacyNotice(payload: Payload, locale: Locale): Promise<PrivacyNotice | null> {
  const { docs } = await payload.find({
    collection: 'pages',
    where: { key: { equals: 'privacy' } },
    locale,
    depth: 0,
    limit: 1,
    pagination: false,
    select: { slug: true, title: true, summary: true, body: true, updatedAt: true },
    overrideAccess: false,
  })
  const page = docs[0]
  if (!page?.slug) return null
  const content = { title: page.title, summary: page.summary ?? null, body: page.body ?? null }
  const text = [page.title, page.summary, richTextToPlain(page.body)].filter(Boolean).join('\n\n')
  return {
    slug: page.slug,
    version: `${page.id}@${page.updatedAt}`,
    hash: createHash('sha256').update(JSON.stringify(content)).digest('hex'),
    title: page.title,
    text,
    content,
  }
}

export interface InterestOption {
  id: number
  title: string
}

// The workplan areas a reader may choose as interests: those the public can see.
export async function listInterestOptions(payload: Payload, locale: Locale): Promise<InterestOption[]> {
  const { docs } = await payload.find({
    collection: 'workplan-areas',
    locale,
    depth: 0,
    pagination: false,
    sort: 'order',
    select: { title: true },
    overrideAccess: false,
  })
  return docs.map((area) => ({ id: area.id, title: area.title }))
}

// The ids of those areas; the sign-up refuses any other (newsletter/signUpFacts.ts keeps them).
export async function listOfferedInterestIds(payload: Payload): Promise<number[]> {
  const { docs } = await payload.find({ collection: 'workplan-areas', depth: 0, pagination: false, select: {}, overrideAccess: false })
  return docs.map((area) => area.id)
}

// How many of `ids` name such an area; the preference page refuses any other id.
export async function countInterestOptions(payload: Payload, ids: number[]): Promise<number> {
  const { totalDocs } = await payload.count({ collection: 'workplan-areas', where: { id: { in: ids } }, overrideAccess: false })
  return totalDocs
}
