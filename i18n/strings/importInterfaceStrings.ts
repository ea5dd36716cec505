import type { Payload } from 'payload'
import { inTransaction } from '../../lib/db/inTransaction'
import { flatten, type Messages } from '../check/checkMessages'
import type { Locale } from '../locales'
import { adminTextIn } from '../adminTranslations'
import { describeProblems } from './describeProblems'
import { liveStrings, type LiveString } from '../../lib/content/queries/interfaceStrings'
import { translationProblems } from './translationProblems'

export interface ImportProblem {
  key: string
  detail: string
}

export interface ImportReport {
  imported: string[]
  unchanged: number
  problems: ImportProblem[]
}

// A translation agency's file for one locale (nested like messages/*.json, or flat keys):
// every string is checked as a save in the admin would check it, and only a file without a
// single problem is written — in one transaction, as edits that the sync will keep.
export async function importInterfaceStrings(payload: Payload, file: unknown, locale: Locale): Promise<ImportReport> {
  if (!file || typeof file !== 'object' || Array.isArray(file)) {
    return { imported: [], unchanged: 0, problems: [{ key: '(file)', detail: 'not a JSON object of strings' }] }
  }
  const live = new Map((await liveStrings(payload, locale)).map((doc) => [doc.key, doc]))
  const problems: ImportProblem[] = []
  const changes: { doc: LiveString; value: string }[] = []
  let unchanged = 0

  for (const [key, value] of flatten(file as Messages)) {
    const doc = live.get(key)
    if (!doc) problems.push({ key, detail: 'unknown key (not in messages/de.json)' })
    else if (typeof value !== 'string' || value.trim() === '') problems.push({ key, detail: 'not a text, or empty' })
    else {
      const found = translationProblems(doc.source, value)
      if (found.length > 0) problems.push({ key, detail: describeProblems(found, adminTextIn('en')) })
      else if (doc.value === value) unchanged++
      else changes.push({ doc, value })
    }
  }
  if (problems.length > 0) return { imported: [], unchanged, problems }

  await inTransaction(payload, async (req) => {
    for (const { doc, value } of changes) {
      await payload.update({ collection: 'interface-strings', id: doc.id, locale, data: { value }, depth: 0, overrideAccess: true, req })
    }
  })
  return { imported: changes.map(({ doc }) => doc.key), unchanged, problems }
}
