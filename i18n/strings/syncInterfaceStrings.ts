import type { Payload, PayloadRequest } from 'payload'
import { inTransaction } from '../../lib/db/inTransaction'
import { syncContext } from './syncContext'
import { flatten } from '../check/checkMessages'
import { defaultLocale, locales, type Locale } from '../locales'
import type { Descriptions, MessageFiles } from './messageFiles'
import { translationProblems } from './translationProblems'

export interface SyncReport {
  created: string[]
  updated: string[]
  archived: string[]
  restored: string[]
  failed: { key: string; reason: string }[]
}

type PerLocale<T> = Partial<Record<Locale, T | null>>

interface StoredString {
  id: number
  key: string
  source: string
  description?: string | null
  archived?: boolean | null
  value?: PerLocale<string>
  fileValue?: PerLocale<string>
  origin?: PerLocale<'file' | 'edited'>
  needsReview?: PerLocale<boolean>
}

const context = { [syncContext]: true, disableRevalidate: true }
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null)

// What one locale of a stored key needs after the files changed. A value edited in the admin
// is never overwritten; a file value replaces one that came from the file.
function localePatch(stored: StoredString, locale: Locale, fileText: string | null, sourceChanged: boolean) {
  const patch: Record<string, unknown> = {}
  const edited = stored.origin?.[locale] === 'edited'
  const value = stored.value?.[locale] ?? null
  const fileChanged = (stored.fileValue?.[locale] ?? null) !== fileText
  if (fileChanged) patch.fileValue = fileText
  if (!edited && value !== fileText) patch.value = fileText
  // An edit that the files now carry too (after `npm run i18n:export`) is the file's again.
  if (edited && value === fileText) patch.origin = 'file'
  const freshFromFile = fileChanged && !edited
  if (sourceChanged && locale !== defaultLocale && !freshFromFile && !stored.needsReview?.[locale]) patch.needsReview = true
  return patch
}

async function createString(payload: Payload, req: PayloadRequest, key: string, files: Map<Locale, Map<string, unknown>>, description?: string) {
  const source = text(files.get(defaultLocale)!.get(key))!
  const doc = await payload.create({
    collection: 'interface-strings',
    locale: defaultLocale,
    data: { key, namespace: key.split('.')[0], source, description, value: source, fileValue: source, origin: 'file', needsReview: false },
    overrideAccess: true,
    depth: 0,
    context,
    req,
  })
  for (const locale of locales.filter((l) => l !== defaultLocale)) {
    const fileText = text(files.get(locale)!.get(key))
    await payload.update({
      collection: 'interface-strings',
      id: doc.id,
      locale,
      data: { value: fileText, fileValue: fileText, origin: 'file', needsReview: false },
      overrideAccess: true,
      depth: 0,
      context,
      req,
    })
  }
}

async function updateString(
  payload: Payload,
  req: PayloadRequest,
  stored: StoredString,
  files: Map<Locale, Map<string, unknown>>,
  description?: string,
): Promise<boolean> {
  const source = text(files.get(defaultLocale)!.get(stored.key))!
  const sourceChanged = stored.source !== source
  let changed = false
  for (const locale of locales) {
    const patch = localePatch(stored, locale, text(files.get(locale)!.get(stored.key)), sourceChanged)
    if (locale === defaultLocale && (sourceChanged || stored.archived)) Object.assign(patch, { source, archived: false })
    // A note written in the admin stays; the file only fills an empty one.
    if (locale === defaultLocale && description && !stored.description) patch.description = description
    if (Object.keys(patch).length === 0) continue
    await payload.update({ collection: 'interface-strings', id: stored.id, locale, data: patch, overrideAccess: true, depth: 0, context, req })
    changed = true
  }
  return changed
}

// Brings the interface-strings collection in line with messages/*.json: new keys are added,
// keys gone from the German file are archived (not deleted: their translations stay on
// record), file changes are taken over unless a value was edited in the admin, and a changed
// German text marks the other locales "needs review". Runs on every migrate; idempotent.
// File texts that a save would refuse are left out (and reported), so no write fails halfway
// through the sync's one transaction; `npm run i18n:check` names them too.
function usableFiles(messageFiles: MessageFiles, failed: SyncReport['failed']) {
  const files = new Map(locales.map((locale) => [locale, flatten(messageFiles[locale])]))
  const german = files.get(defaultLocale)!
  for (const locale of locales.filter((l) => l !== defaultLocale)) {
    for (const [key, value] of files.get(locale)!) {
      const source = german.get(key)
      if (typeof value !== 'string' || typeof source !== 'string') continue
      const problems = translationProblems(source, value)
      if (problems.length === 0) continue
      failed.push({ key, reason: `${locale}: ${problems.map((p) => p.detail).join('; ')}` })
      files.get(locale)!.delete(key)
    }
  }
  return files
}

// Brings the interface-strings collection in line with messages/*.json: new keys are added,
// keys gone from the German file are archived (not deleted: their translations stay on
// record), file changes are taken over unless a value was edited in the admin, and a changed
// German text marks the other locales "needs review". Runs on every migrate; idempotent; all
// in one transaction (a first sync writes a few hundred rows).
export async function syncInterfaceStrings(
  payload: Payload,
  messageFiles: MessageFiles,
  descriptions: Descriptions = {},
): Promise<SyncReport> {
  const report: SyncReport = { created: [], updated: [], archived: [], restored: [], failed: [] }
  const files = usableFiles(messageFiles, report.failed)
  const germanKeys = [...files.get(defaultLocale)!].filter(([, value]) => typeof value === 'string').map(([key]) => key)
  const { docs } = await payload.find({ collection: 'interface-strings', locale: 'all', pagination: false, depth: 0, overrideAccess: true })
  const stored = new Map((docs as unknown as StoredString[]).map((doc) => [doc.key, doc]))

  await inTransaction(payload, async (req) => {
    for (const key of germanKeys) {
      const doc = stored.get(key)
      if (!doc) {
        await createString(payload, req, key, files, descriptions[key])
        report.created.push(key)
      } else if (await updateString(payload, req, doc, files, descriptions[key])) {
        ;(doc.archived ? report.restored : report.updated).push(key)
      }
    }
    const live = new Set(germanKeys)
    for (const doc of stored.values()) {
      if (live.has(doc.key) || doc.archived) continue
      await payload.update({ collection: 'interface-strings', id: doc.id, data: { archived: true }, overrideAccess: true, depth: 0, context, req })
      report.archived.push(doc.key)
    }
  })
  return report
}
