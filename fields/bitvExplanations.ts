import type { Field, GroupField, Validate } from 'payload'
import { adminText } from '../i18n/adminTranslations'
import { videoMimeTypes } from '../lib/uploads/mediaTypes'
import { label } from './label'

// BITV 2.0 § 4: the Leichte Sprache and DGS pages explain (1) the site's content, (2) how to
// find one's way, (3) the essentials of the accessibility statement and (4) where more in
// Leichte Sprache / DGS is. Four fixed sections, each required on those pages; on the DGS page
// each section may carry its film (a video in Media, with its caption track).
export const explanationSections = ['content', 'navigation', 'statement', 'furtherInfo'] as const
export type ExplanationSection = (typeof explanationSections)[number]

const explainingKeys = new Set(['easy-language', 'sign-language'])
type Data = { key?: string | null }
const explains = (data: unknown) => explainingKeys.has((data as Data | undefined)?.key ?? '')

const requiredOnExplainingPage: Validate = (value, { data, req }) =>
  !explains(data) || (typeof value === 'string' && value.trim() !== '') || adminText(req)('digitaldialoge:explanationRequired')

const sectionLabels: Record<ExplanationSection, ReturnType<typeof label>> = {
  content: label('Informationen zum Inhalt', 'Información sobre el contenido', 'About the content'),
  navigation: label('Hinweise zur Navigation', 'Indicaciones para la navegación', 'Finding your way'),
  statement: label('Erläuterung der Erklärung zur Barrierefreiheit', 'La declaración de accesibilidad', 'The accessibility statement'),
  furtherInfo: label('Hinweise auf weitere Informationen', 'Más información', 'Further information'),
}

const sectionFields = (): Field[] => [
  { name: 'text', type: 'textarea', localized: true, maxLength: 5000, validate: requiredOnExplainingPage, label: label('Text', 'Texto', 'Text') },
  {
    name: 'video',
    type: 'upload',
    relationTo: 'media',
    filterOptions: { mimeType: { in: [...videoMimeTypes] } },
    label: label('Video in Gebärdensprache', 'Video en lengua de signos', 'Sign-language video'),
    admin: {
      condition: (data) => (data as Data).key === 'sign-language',
      description: label(
        'MP4 oder WebM mit Untertitelspur (WebVTT), in Medien hochgeladen.',
        'MP4 o WebM con pista de subtítulos (WebVTT), subido en Archivos.',
        'MP4 or WebM with a caption track (WebVTT), uploaded in Media.',
      ),
    },
  },
]

export const bitvExplanationsField: GroupField = {
  name: 'explanations',
  type: 'group',
  label: label('Erläuterungen nach § 4 BITV 2.0', 'Explicaciones según el art. 4 BITV 2.0', 'Explanations under BITV 2.0 § 4'),
  admin: { condition: (data) => explains(data) },
  fields: explanationSections.map((name) => ({ name, type: 'group' as const, label: sectionLabels[name], fields: sectionFields() })),
}
