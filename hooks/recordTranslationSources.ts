import { isolateObjectProperty, type CollectionBeforeChangeHook, type CollectionSlug, type PayloadRequest } from 'payload'
import { defaultLocale, isLocale, locales, type Locale } from '../i18n/locales'
import { isWritten } from '../i18n/strings/localizedLeaves'
import { sameText, translatableLeaves, type Leaf } from '../lib/translation/leaves'
import { sourcesOf } from '../lib/translation/sources'

type Doc = Record<string, unknown>

const byKey = (leaves: Leaf[]) => new Map(leaves.map((leaf) => [leaf.key, leaf.value]))

// The latest text (draft included) of the document in one locale, without fallback, read in the
// save's transaction; the nested call gets its own locale (payload#18246).
async function latestIn(req: PayloadRequest, collection: CollectionSlug, id: number | string, locale: Locale): Promise<Doc | null> {
  return (await req.payload.findByID({
    collection,
    id,
    locale,
    fallbackLocale: false,
    draft: true,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req: isolateObjectProperty(req, ['locale', 'fallbackLocale']),
  })) as Doc | null
}

// Keeps `translationSources` (fields/translationWorkflow) up to date; what is sent for it is
// never taken. A translation saved with a changed text, or saved for the first time, records
// the German text it was made from. A change to a German text records, for each translation
// that has none recorded yet, the German text before the change — so that translation counts
// as outdated too.
export const recordTranslationSources: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req, operation }) => {
  const original = originalDoc as Doc | undefined
  if (operation !== 'update' || !original?.id || !isLocale(req.locale)) return data
  const sources = sourcesOf(original.translationSources)
  const sent = translatableLeaves(collection.fields, data)
  const before = byKey(translatableLeaves(collection.fields, original))
  const slug = collection.slug as CollectionSlug
  if (req.locale === defaultLocale) {
    const changed = sent.filter((leaf) => !sameText(leaf.value, before.get(leaf.key)) && isWritten(before.get(leaf.key)))
    if (changed.length > 0) {
      for (const locale of locales.filter((code) => code !== defaultLocale)) {
        const translation = byKey(translatableLeaves(collection.fields, await latestIn(req, slug, original.id as number, locale)))
        const own = (sources[locale] ??= {})
        for (const leaf of changed) if (!(leaf.key in own) && isWritten(translation.get(leaf.key))) own[leaf.key] = before.get(leaf.key)
      }
    }
  } else if (sent.length > 0) {
    const german = byKey(translatableLeaves(collection.fields, await latestIn(req, slug, original.id as number, defaultLocale)))
    const own = (sources[req.locale] ??= {})
    for (const leaf of sent) {
      if (!isWritten(leaf.value) || !isWritten(german.get(leaf.key))) delete own[leaf.key]
      else if (!sameText(leaf.value, before.get(leaf.key)) || !(leaf.key in own)) own[leaf.key] = german.get(leaf.key)
    }
  }
  return { ...data, translationSources: sources }
}

// Publishing a locale ends its review.
export const endReviewOnPublish: CollectionBeforeChangeHook = ({ data }) =>
  data._status === 'published' ? { ...data, readyForReview: false } : data
