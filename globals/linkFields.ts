import type { Field } from 'payload'
import { label } from '../fields/label'

// The reader site's own lists and pages that a menu may lead to (their addresses follow the
// reader's language, i18n/routing.ts).
export const linkSections = ['dialogue', 'sessions', 'topics', 'stakeholders', 'newsletter'] as const
export type LinkSection = (typeof linkSections)[number]

const needsDialogue = (section: unknown) => section === 'dialogue' || section === 'sessions'

// A link leads to one of our pages (its address follows its slug in every language), to one
// of the site's sections, or to an external address — the first of these that is set.
export const linkFields: Field[] = [
  { name: 'label', type: 'text', required: true, localized: true, maxLength: 80, label: label('Beschriftung', 'Texto', 'Label') },
  { name: 'page', type: 'relationship', relationTo: 'pages', label: label('Seite', 'Página', 'Page') },
  {
    name: 'section',
    type: 'select',
    label: label('Bereich der Website', 'Sección del sitio', 'Site section'),
    options: [
      { value: 'dialogue', label: label('Ein Dialog', 'Un diálogo', 'A dialogue') },
      { value: 'sessions', label: label('Sitzungen eines Dialogs', 'Sesiones de un diálogo', 'Sessions of a dialogue') },
      { value: 'topics', label: label('Alle Themen', 'Todos los temas', 'All topics') },
      { value: 'stakeholders', label: label('Alle Institutionen', 'Todas las instituciones', 'All institutions') },
      { value: 'newsletter', label: label('Newsletter', 'Boletín', 'Newsletter') },
    ],
  },
  {
    name: 'dialogue',
    type: 'relationship',
    relationTo: 'dialogues',
    label: label('Dialog', 'Diálogo', 'Dialogue'),
    admin: { condition: (_data, sibling) => needsDialogue(sibling?.section) },
    validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
      !needsDialogue(siblingData?.section) || value != null || 'Dialog wählen / Elegir diálogo / Choose a dialogue',
  },
  {
    name: 'url',
    type: 'text',
    maxLength: 500,
    label: label('Externe Adresse', 'Dirección externa', 'External URL'),
    validate: (value: string | null | undefined) => !value || /^https:\/\/\S+$/.test(value) || 'https://…',
  },
]
