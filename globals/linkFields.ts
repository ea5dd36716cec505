import type { Field } from 'payload'
import { label } from '../fields/label'

// A link either to one of our pages (its address follows its slug in every language) or to
// an external address.
export const linkFields: Field[] = [
  { name: 'label', type: 'text', required: true, localized: true, maxLength: 80, label: label('Beschriftung', 'Texto', 'Label') },
  { name: 'page', type: 'relationship', relationTo: 'pages', label: label('Seite', 'Página', 'Page') },
  {
    name: 'url',
    type: 'text',
    maxLength: 500,
    label: label('Externe Adresse', 'Dirección externa', 'External URL'),
    validate: (value: string | null | undefined) => !value || /^https:\/\/\S+$/.test(value) || 'https://…',
  },
]
