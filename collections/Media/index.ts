import type { CollectionConfig } from 'payload'
import { publicContentAccess } from '../../access/contentAccess'
import { label } from '../../fields/label'
import { answerMissingMediaFile } from './answerMissingMediaFile'
import { keepTranslatorsToTheirFields } from '../../hooks/keepTranslatorsToTheirFields'
import { checkFileContent, durationFromUpload } from './checkFileContent'
import { refuseUnsafeUploads } from './refuseUnsafeUploads'
import { requireCaptionsForVideo } from './requireCaptionsForVideo'
import { acceptedMimeTypes, captionMimeTypes } from '../../lib/uploads/mediaTypes'
import { locales } from '../../i18n/locales'
import { uploadedFileHeaders } from '../../lib/http/securityHeaders'
import { uploadLimits } from '../../lib/uploads/uploadLimits'
import { groups } from '../groups'

const isVideo = (data: unknown) => String((data as { mimeType?: unknown } | undefined)?.mimeType ?? '').startsWith('video/')

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
    beforeOperation: [refuseUnsafeUploads, checkFileContent],
    beforeChange: [keepTranslatorsToTheirFields],
  },
  upload: {
    staticDir: '.data/media',
    handlers: [answerMissingMediaFile('.data/media')],
    // No SVG (collections/Media/refuseUnsafeUploads.ts says why and tells the editor). Every
    // type is checked by content first (checkFileContent.ts); text/plain is listed only because
    // Payload's own check names a .vtt file so (it detects no type in text) — checkFileContent
    // has by then refused any text that is not WebVTT and called the rest text/vtt.
    mimeTypes: [...acceptedMimeTypes, 'text/plain'],
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
    // A film's caption track (WebVTT, itself an upload here) and its language; its length.
    {
      name: 'captions',
      type: 'upload',
      relationTo: 'media',
      filterOptions: { mimeType: { in: [...captionMimeTypes] } },
      validate: requireCaptionsForVideo,
      label: label('Untertitel (WebVTT)', 'Subtítulos (WebVTT)', 'Captions (WebVTT)'),
      admin: { condition: (data) => isVideo(data) },
    },
    {
      name: 'captionsLanguage',
      type: 'select',
      options: [...locales],
      defaultValue: 'de',
      label: label('Sprache der Untertitel', 'Idioma de los subtítulos', 'Caption language'),
      admin: { condition: (data) => isVideo(data) },
    },
    {
      name: 'duration',
      type: 'number',
      min: 0,
      label: label('Dauer (Sekunden)', 'Duración (segundos)', 'Duration (seconds)'),
      hooks: { beforeChange: [durationFromUpload] },
      admin: { readOnly: true, condition: (data) => isVideo(data), position: 'sidebar' },
    },
  ],
}
