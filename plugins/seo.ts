import { seoPlugin } from '@payloadcms/plugin-seo'
import type { Field } from 'payload'
import { defaultMetaDescription, defaultMetaTitle } from '../lib/seo/metaDefaults'

// The collections with a reader page of their own. Workplan areas have none: they show on
// the dialogue page.
export const seoCollections = ['dialogues', 'sessions', 'topics', 'stakeholders', 'pages'] as const

// Limits at the boundary: Payload refuses longer values with a 400 naming the field.
const limits: Record<string, number> = { title: 120, description: 320 }
const withLimit = (field: Field): Field =>
  'name' in field && field.name in limits && (field.type === 'text' || field.type === 'textarea')
    ? { ...field, maxLength: limits[field.name] }
    : field

// Per-document meta title, description and image for search engines and link previews. The
// plugin's fields are localized, so translators write them in their own locales like any
// other text (hooks/keepTranslatorsToTheirFields lets localized fields through).
export const seo = seoPlugin({
  collections: [...seoCollections],
  uploadsCollection: 'media',
  fields: ({ defaultFields }) => defaultFields.map(withLimit),
  generateTitle: ({ doc }) => defaultMetaTitle(doc),
  generateDescription: ({ doc }) => defaultMetaDescription(doc),
})
