import type { Locale } from '../../i18n/locales'
import type { LinkSection } from '../../globals/linkFields'

type Localized = Record<Locale, string>

export const siteNames: Localized = { de: 'Digitaldialoge', es: 'Diálogos digitales', en: 'Digital Dialogues' }

export const ministryNames: Localized = {
  de: 'Bundesministerium für Digitales und Staatsmodernisierung',
  es: 'Ministerio Federal de Asuntos Digitales y Modernización del Estado',
  en: 'Federal Ministry for Digital Transformation and Government Modernisation',
}

// A placeholder: the ministry must replace it with its own logo (Media → the logo in Site settings).
export const logoAlt: Localized = {
  de: 'Platzhalter für das Logo des Ministeriums',
  es: 'Marcador de posición del logotipo del ministerio',
  en: 'Placeholder for the ministry’s logo',
}

// The main navigation, in the editors' order: the dialogue, its sessions, the topics, the
// institutions, the newsletter. Editors add or reorder entries in the Navigation global.
export const navigationItems: { section: LinkSection; label: Localized }[] = [
  { section: 'dialogue', label: { de: 'Deutschland–Mexiko', es: 'Alemania–México', en: 'Germany–Mexico' } },
  { section: 'sessions', label: { de: 'Sitzungen', es: 'Sesiones', en: 'Sessions' } },
  { section: 'topics', label: { de: 'Themen', es: 'Temas', en: 'Topics' } },
  { section: 'stakeholders', label: { de: 'Institutionen', es: 'Instituciones', en: 'Institutions' } },
  { section: 'newsletter', label: { de: 'Newsletter', es: 'Boletín', en: 'Newsletter' } },
]
