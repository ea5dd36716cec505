import type { CollectionConfig } from 'payload'
import { validateInputAtBoundary } from '../hooks/validateInputAtBoundary'

// Every collection checks raw input (types, locales, relation ids) before Payload touches it.
export const withBoundaryValidation = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [validateInputAtBoundary, ...(collection.hooks?.beforeOperation ?? [])],
  },
})
