import { ValidationError, type Payload } from 'payload'

// What the reader agreed to, as findPrivacyNotice read it (lib/content/queries/newsletter.ts).
export interface NoticeText {
  version: string
  hash: string
  title: string
  text: string
  content: unknown
}

// One immutable copy per distinct text: the first consent to a text writes it, every later one
// points to the same row. The copy is written in a transaction of its own — it holds no personal
// data, and a unique violation inside the sign-up's transaction would abort that transaction
// whole. Two first consents at once: one insert wins, the other finds it.
export async function noticeCopyFor(payload: Payload, notice: NoticeText): Promise<number> {
  for (let round = 0; ; round++) {
    const existing = await payload.find({
      collection: 'privacy-notice-copies',
      where: { hash: { equals: notice.hash } },
      limit: 1,
      depth: 0,
      pagination: false,
      select: { hash: true },
      overrideAccess: true,
    })
    if (existing.docs[0]) return existing.docs[0].id
    try {
      const copy = await payload.create({
        collection: 'privacy-notice-copies',
        data: { hash: notice.hash, version: notice.version, title: notice.title, text: notice.text, content: notice.content as never },
        overrideAccess: true,
        depth: 0,
        context: { disableRevalidate: true },
      })
      return copy.id
    } catch (error) {
      if (round < 2 && error instanceof ValidationError) continue
      throw error
    }
  }
}
