import type { CollectionConfig } from 'payload'
import { publicContentAccess } from '../../access/contentAccess'
import { label } from '../../fields/label'
import { answerMissingMediaFile } from './answerMissingMediaFile'
import { keepTranslatorsToTheirFields } from '../../hooks/keepTranslatorsToTheirFields'
import { refuseUnsafeUploads } from './refuseUnsafeUploads'
import { uploadedFileHeaders } from '../../lib/http/securityHeaders'
import { uploadLimits } from '../../lib/uploads/uploadLimits'
import { groups } from '../groups'

const webp = { format: 'webp' as const, options: { quality: 82 } }

export const Media: CollectionConfig = {
  slug: 'media',
  labels: {
    singular: label('Medium', 'Archivo', 'Media file'),
    plural: label('Medien', 'Archivos', 'Media'),
  },
  admin: { useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'mimeType', 'updatedAt'], group: groups.content },
  access: publicContentAccess,
  hooks: {
    beforeOperation: [refuseUnsafeUploads],
    beforeChange: [keepTranslatorsToTheirFields],
  },
  upload: {
    staticDir: '.data/media',
    handlers: [answerMissingMediaFile('.data/media')],
    // No SVG (collections/Media/refuseUnsafeUploads.ts says why and tells the editor).
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'application/pdf'],
    // sharp's own guard, should an image reach it past the hook (e.g. under another type).
    constructorOptions: { limitInputPixels: uploadLimits.pixels },
    modifyResponseHeaders: ({ headers }) => uploadedFileHeaders(headers),
    // Every size as WebP: smaller downloads for readers than JPEG or PNG at the same quality.
    imageSizes: [
      { name: 'thumbnail', width: 400, formatOptions: webp },
      { name: 'medium', width: 900, formatOptions: webp },
      { name: 'large', width: 1600, formatOptions: webp },
    ],
    formatOptions: webp,
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 300,
      label: label('Alternativtext', 'Texto alternativo', 'Alt text'),
      admin: {
        description: label(
          'Beschreibt das Bild für Menschen, die es nicht sehen.',
          'Describe la imagen para quien no puede verla.',
          'Describes the image for people who cannot see it.',
        ),
      },
    },
    { name: 'caption', type: 'text', localized: true, maxLength: 300, label: label('Bildunterschrift', 'Pie de foto', 'Caption') },
    { name: 'credit', type: 'text', maxLength: 200, label: label('Bildnachweis', 'Créditos', 'Credit') },
  ],
}
