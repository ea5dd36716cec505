import type { CollectionConfig } from 'payload'

// Drafts, history and scheduled publishing for what editors write. Each locale is draft or
// published on its own (Payload's experimental `localizeStatus`, enabled in payload.config.ts
// and tested in tests/integration/translation/perLocalePublishing.test.ts): publishing German
// never publishes another locale's pending draft.
export const editorialVersions: CollectionConfig['versions'] = {
  maxPerDoc: 50,
  drafts: { schedulePublish: true, localizeStatus: true },
}
