import type { CollectionConfig } from 'payload'

// Drafts, history and scheduled publishing for what editors write.
export const editorialVersions: CollectionConfig['versions'] = {
  maxPerDoc: 50,
  drafts: { schedulePublish: true },
}
