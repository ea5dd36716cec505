import type { CollectionConfig } from 'payload'
import { lockDocumentForUpdate } from '../hooks/lockDocumentForUpdate'
import { validateInputAtBoundary } from '../hooks/validateInputAtBoundary'

// Every collection checks raw input (types, locales, relation ids) before Payload touches it,
// and saves of one document are taken one after the other.
export const withWriteGuards = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [validateInputAtBoundary, lockDocumentForUpdate, ...(collection.hooks?.beforeOperation ?? [])],
  },
})
