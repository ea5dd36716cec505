import type { CollectionConfig } from 'payload'
import { keepTranslatorsToDrafts } from '../hooks/keepTranslatorsToDrafts'
import { lockDocumentForUpdate } from '../hooks/lockDocumentForUpdate'
import { validateInputAtBoundary } from '../hooks/validateInputAtBoundary'

const hasDrafts = (collection: CollectionConfig) =>
  typeof collection.versions === 'object' && collection.versions !== null && Boolean(collection.versions.drafts)

// Every collection checks raw input (types, locales, relation ids) before Payload touches it,
// and saves of one document are taken one after the other. Where documents are published,
// a translator's write is a draft (before the lock: a refusal needs no row).
export const withWriteGuards = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [
      validateInputAtBoundary,
      ...(hasDrafts(collection) ? [keepTranslatorsToDrafts] : []),
      lockDocumentForUpdate,
      ...(collection.hooks?.beforeOperation ?? []),
    ],
  },
})
