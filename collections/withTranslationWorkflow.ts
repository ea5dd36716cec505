import type { CollectionConfig } from 'payload'
import { translationWorkflowFields } from '../fields/translationWorkflow'
import { endReviewOnPublish, recordTranslationSources } from '../hooks/recordTranslationSources'

const publishesPerLocale = (collection: CollectionConfig) =>
  typeof collection.versions === 'object' && typeof collection.versions?.drafts === 'object' && Boolean(collection.versions.drafts.localizeStatus)

// Documents whose locales are published one by one (collections/editorialVersions.ts) also
// carry the translation workflow: "ready for review" per locale and the German text each
// translation was made from (outdated translations). The hooks run after the collection's own,
// so a translator's write has passed its checks (hooks/keepTranslatorsToTheirFields) first.
export const withTranslationWorkflow = (collection: CollectionConfig): CollectionConfig =>
  publishesPerLocale(collection)
    ? {
        ...collection,
        fields: [...collection.fields, ...translationWorkflowFields()],
        hooks: { ...collection.hooks, beforeChange: [...(collection.hooks?.beforeChange ?? []), recordTranslationSources, endReviewOnPublish] },
      }
    : collection
