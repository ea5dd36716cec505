import type { CollectionConfig } from 'payload'
import { lockDocumentForUpdate } from '../hooks/lockDocumentForUpdate'
import { rejectMalformedId } from '../hooks/rejectMalformedId'
import { validateInputAtBoundary } from '../hooks/validateInputAtBoundary'

// Every collection checks raw input (ids, types, locales, relation ids) before Payload touches it,
// and saves of one document are taken one after the other.
export const withWriteGuards = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [rejectMalformedId, validateInputAtBoundary, lockDocumentForUpdate, ...(collection.hooks?.beforeOperation ?? [])],
  },
})
