import type { CollectionConfig } from 'payload'
import { draftContentAccess } from '../access/contentAccess'
import { accessibilityStatementField } from '../fields/accessibilityStatement'
import { bitvExplanationsField } from '../fields/bitvExplanations'
import { label } from '../fields/label'
import { slugField } from '../fields/slug'
import { summaryField, titleField } from '../fields/text'
import { keepTranslatorsToTheirFields } from '../hooks/keepTranslatorsToTheirFields'
import { editorialVersions } from './editorialVersions'
import { groups } from './groups'

// Legal and accessibility pages: Impressum, Datenschutz, Barrierefreiheit, Leichte Sprache …
export const pageKeys = ['imprint', 'privacy', 'accessibility', 'easy-language', 'sign-language'] as const

export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: {
    singular: label('Seite', 'Página', 'Page'),
    plural: label('Seiten', 'Páginas', 'Pages'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'key', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'slug'],
    group: groups.site,
  },
  access: draftContentAccess,
  versions: editorialVersions,
  hooks: {
    beforeChange: [keepTranslatorsToTheirFields],
  },
  fields: [
    titleField(),
    slugField(),
    {
      name: 'key',
      type: 'select',
      unique: true,
      label: label('Funktion', 'Función', 'Purpose'),
      options: [...pageKeys],
      admin: {
        position: 'sidebar',
        description: label(
          'Verknüpft die Seite mit ihrem festen Platz, etwa im Fußbereich.',
          'Vincula la página con su lugar fijo, p. ej. en el pie de página.',
          'Ties the page to its fixed place, e.g. in the footer.',
        ),
      },
    },
    summaryField(),
    { name: 'body', type: 'richText', localized: true, label: label('Text', 'Texto', 'Body') },
    // The structure BITV 2.0 asks of the statement (§ 7) and of the Leichte Sprache / DGS pages (§ 4).
    accessibilityStatementField,
    bitvExplanationsField,
  ],
}
