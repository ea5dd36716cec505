import type { CollectionConfig } from 'payload'
import { draftContentAccess } from '../../access/contentAccess'
import { countryCodeField } from '../../fields/countryCode'
import { label } from '../../fields/label'
import { slugField } from '../../fields/slug'
import { summaryField, titleField } from '../../fields/text'
import { keepTranslatorsToTheirFields } from '../../hooks/keepTranslatorsToTheirFields'
import { editorialVersions } from '../editorialVersions'
import { groups } from '../groups'
import { endsAfterStart } from './endsAfterStart'

export const sessionKinds = ['annual-session', 'working-group', 'workshop'] as const
export const sessionFormats = ['in-person', 'online', 'hybrid'] as const

const kindLabels = {
  'annual-session': label('Jahressitzung', 'Sesión anual', 'Annual session'),
  'working-group': label('Arbeitsgruppe', 'Grupo de trabajo', 'Working group'),
  workshop: label('Workshop', 'Taller', 'Workshop'),
}
const formatLabels = {
  'in-person': label('Vor Ort', 'Presencial', 'In person'),
  online: label('Online', 'En línea', 'Online'),
  hybrid: label('Hybrid', 'Híbrido', 'Hybrid'),
}

export const Sessions: CollectionConfig = {
  slug: 'sessions',
  labels: {
    singular: label('Sitzung', 'Sesión', 'Session'),
    plural: label('Sitzungen', 'Sesiones', 'Sessions'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'dialogue', 'kind', 'startsAt', '_status'],
    listSearchableFields: ['title', 'slug'],
    group: groups.content,
  },
  defaultSort: '-startsAt',
  access: draftContentAccess,
  versions: editorialVersions,
  hooks: {
    beforeChange: [keepTranslatorsToTheirFields],
  },
  fields: [
    titleField(),
    slugField(),
    {
      name: 'dialogue',
      type: 'relationship',
      relationTo: 'dialogues',
      required: true,
      index: true,
      label: label('Dialog', 'Diálogo', 'Dialogue'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'workshop',
      label: label('Art', 'Tipo', 'Kind'),
      options: sessionKinds.map((value) => ({ value, label: kindLabels[value] })),
      admin: { position: 'sidebar' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          type: 'date',
          required: true,
          index: true,
          timezone: true,
          label: label('Beginn', 'Inicio', 'Starts'),
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'endsAt',
          type: 'date',
          timezone: true,
          label: label('Ende', 'Fin', 'Ends'),
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          validate: endsAfterStart,
        },
      ],
    },
    {
      name: 'format',
      type: 'select',
      required: true,
      defaultValue: 'in-person',
      label: label('Format', 'Formato', 'Format'),
      options: sessionFormats.map((value) => ({ value, label: formatLabels[value] })),
    },
    {
      name: 'place',
      type: 'group',
      label: label('Ort', 'Lugar', 'Place'),
      fields: [
        { name: 'city', type: 'text', localized: true, maxLength: 100, label: label('Stadt', 'Ciudad', 'City') },
        countryCodeField('country', false),
        { name: 'venue', type: 'text', localized: true, maxLength: 200, label: label('Veranstaltungsort', 'Sede', 'Venue') },
      ],
    },
    summaryField(),
    { name: 'outcomes', type: 'richText', localized: true, label: label('Ergebnisse', 'Resultados', 'Outcomes') },
    {
      name: 'topics',
      type: 'relationship',
      relationTo: 'topics',
      hasMany: true,
      label: label('Themen', 'Temas', 'Topics'),
    },
    {
      name: 'stakeholders',
      type: 'relationship',
      relationTo: 'stakeholders',
      hasMany: true,
      label: label('Beteiligte Institutionen', 'Instituciones participantes', 'Participating stakeholders'),
    },
    {
      name: 'documents',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      label: label('Dokumente', 'Documentos', 'Documents'),
    },
  ],
}
