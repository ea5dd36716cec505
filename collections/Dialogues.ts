import type { CollectionConfig } from 'payload'
import { draftContentAccess } from '../access/contentAccess'
import { countryCodeField } from '../fields/countryCode'
import { label } from '../fields/label'
import { slugField } from '../fields/slug'
import { summaryField, titleField } from '../fields/text'
import { keepTranslatorsToTheirFields } from '../hooks/keepTranslatorsToTheirFields'
import { editorialVersions } from './editorialVersions'
import { groups } from './groups'

export const Dialogues: CollectionConfig = {
  slug: 'dialogues',
  labels: {
    singular: label('Dialog', 'Diálogo', 'Dialogue'),
    plural: label('Dialoge', 'Diálogos', 'Dialogues'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'partnerCountry.code', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'slug'],
    group: groups.content,
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
      name: 'partnerCountry',
      type: 'group',
      label: label('Partnerland', 'País socio', 'Partner country'),
      fields: [
        countryCodeField('code'),
        {
          name: 'name',
          type: 'text',
          required: true,
          localized: true,
          maxLength: 100,
          label: label('Name', 'Nombre', 'Name'),
        },
      ],
    },
    summaryField(),
    { name: 'body', type: 'richText', localized: true, label: label('Text', 'Texto', 'Body') },
    {
      name: 'milestones',
      type: 'array',
      maxRows: 50,
      label: label('Meilensteine', 'Hitos', 'Milestones'),
      labels: { singular: label('Meilenstein', 'Hito', 'Milestone'), plural: label('Meilensteine', 'Hitos', 'Milestones') },
      fields: [
        { name: 'year', type: 'number', required: true, min: 1900, max: 2200, label: label('Jahr', 'Año', 'Year') },
        { name: 'label', type: 'text', localized: true, required: true, maxLength: 120, label: label('Bezeichnung', 'Título', 'Label') },
        { name: 'text', type: 'textarea', localized: true, maxLength: 1000, label: label('Text', 'Texto', 'Text') },
      ],
    },
    {
      name: 'partnerInstitutions',
      type: 'relationship',
      relationTo: 'stakeholders',
      hasMany: true,
      label: label('Partnerinstitutionen', 'Instituciones socias', 'Partner institutions'),
    },
    { name: 'heroImage', type: 'upload', relationTo: 'media', label: label('Titelbild', 'Imagen principal', 'Hero image') },
    {
      name: 'workplanAreas',
      type: 'join',
      collection: 'workplan-areas',
      on: 'dialogue',
      defaultSort: 'order',
      label: label('Arbeitsplan-Bereiche', 'Áreas del plan de trabajo', 'Workplan areas'),
    },
    {
      name: 'sessions',
      type: 'join',
      collection: 'sessions',
      on: 'dialogue',
      defaultSort: '-startsAt',
      label: label('Sitzungen', 'Sesiones', 'Sessions'),
    },
  ],
}
