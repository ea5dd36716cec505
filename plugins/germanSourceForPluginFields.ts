import type { Plugin } from 'payload'
import { publishesPerLocale } from '../collections/withTranslationWorkflow'
import { withGermanSource } from '../fields/withGermanSource'

// The SEO plugin adds its localized meta title and description after the collections are built
// (collections/withTranslationWorkflow ran before them), so those fields had no German text
// beside them and no outdated marker. Run after the plugins that add fields.
export const germanSourceForPluginFields: Plugin = (config) => ({
  ...config,
  collections: config.collections?.map((collection) =>
    publishesPerLocale(collection) ? { ...collection, fields: withGermanSource(collection.fields) } : collection,
  ),
})
