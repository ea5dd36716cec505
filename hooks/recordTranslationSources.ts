import type { CollectionBeforeChangeHook, CollectionSlug } from 'payload'
import { defaultLocale, isLocale, locales } from '../i18n/locales'
import { isWritten } from '../i18n/strings/localizedLeaves'
import { latestIn } from '../lib/translation/latestIn'
import { sameText, translatableLeaves, type Leaf } from '../lib/translation/leaves'
import { sourcesOf } from '../lib/translation/sources'

type Doc = Record<string, unknown>

const byKey = (leaves: Leaf[]) => new Map(leaves.map((leaf) => [leaf.key, leaf.value]))

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
        const translation = byKey(translatableLeaves(collection.fields, await latestIn(req.payload, slug, original.id as number, locale, req)))
        const own = (sources[locale] ??= {})
        for (const leaf of changed) if (!(leaf.key in own) && isWritten(translation.get(leaf.key))) own[leaf.key] = before.get(leaf.key)
      }
    }
  } else if (sent.length > 0) {
    const german = byKey(translatableLeaves(collection.fields, await latestIn(req.payload, slug, original.id as number, defaultLocale, req)))
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
