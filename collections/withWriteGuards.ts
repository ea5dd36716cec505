import type { CollectionConfig } from 'payload'
import { keepTranslatorsToDrafts } from '../hooks/keepTranslatorsToDrafts'
import { lockDocumentForUpdate } from '../hooks/lockDocumentForUpdate'
import { rejectMalformedId } from '../hooks/rejectMalformedId'
import { refuseDeleteWhileReferenced } from '../hooks/refuseDeleteWhileReferenced'
import { revalidateReadersOnChange, revalidateReadersOnDelete } from '../hooks/revalidateReaders'
import { validateInputAtBoundary } from '../hooks/validateInputAtBoundary'

const hasDrafts = (collection: CollectionConfig) =>
  typeof collection.versions === 'object' && collection.versions !== null && Boolean(collection.versions.drafts)

// Every collection checks raw input (ids, types, locales, relation ids) before Payload touches it,
// and saves of one document are taken one after the other. Where documents are published,
// a translator's write is a draft (before the lock: a refusal needs no row).
// Every collection also refuses a delete while something still points at the document, and
// after a save expires the reader pages that show it (both read the relation graph,
// lib/cache/relationGraph.ts, so no collection lists its relations by hand).
export const withWriteGuards = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [
      rejectMalformedId,
      validateInputAtBoundary,
      ...(hasDrafts(collection) ? [keepTranslatorsToDrafts] : []),
      lockDocumentForUpdate,
      ...(collection.hooks?.beforeOperation ?? []),
    ],
    beforeDelete: [...(collection.hooks?.beforeDelete ?? []), refuseDeleteWhileReferenced],
    afterChange: [...(collection.hooks?.afterChange ?? []), revalidateReadersOnChange],
    afterDelete: [...(collection.hooks?.afterDelete ?? []), revalidateReadersOnDelete],
  },
})
