import type { CollectionConfig } from 'payload'
import { translationWorkflowFields } from '../fields/translationWorkflow'
import { withGermanSource } from '../fields/withGermanSource'
import { endReviewOnPublish, recordTranslationSources } from '../hooks/recordTranslationSources'

export const publishesPerLocale = (collection: CollectionConfig) =>
  typeof collection.versions === 'object' && typeof collection.versions?.drafts === 'object' && Boolean(collection.versions.drafts.localizeStatus)

// Documents whose locales are published one by one (collections/editorialVersions.ts) also
// carry the translation workflow: "ready for review" per locale, the German text each
// translation was made from (outdated translations), and the German text beside each field.
// The hooks run after the collection's own, so a translator's write has passed its checks (hooks/keepTranslatorsToTheirFields) first.
export const withTranslationWorkflow = (collection: CollectionConfig): CollectionConfig =>
  publishesPerLocale(collection)
    ? {
        ...collection,
        fields: [...withGermanSource(collection.fields), ...translationWorkflowFields()],
        hooks: { ...collection.hooks, beforeChange: [...(collection.hooks?.beforeChange ?? []), recordTranslationSources, endReviewOnPublish] },
      }
    : collection
