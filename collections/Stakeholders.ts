import type { CollectionConfig } from 'payload'
import { draftContentAccess } from '../access/contentAccess'
import { countryCodeField } from '../fields/countryCode'
import { label } from '../fields/label'
import { slugField } from '../fields/slug'
import { descriptionField, titleField } from '../fields/text'
import { keepTranslatorsToTheirFields } from '../hooks/keepTranslatorsToTheirFields'
import { editorialVersions } from './editorialVersions'
import { groups } from './groups'

export const sectors = ['government', 'business', 'academia', 'civil-society', 'international'] as const

const sectorLabels = {
  government: label('Regierung und Verwaltung', 'Gobierno y administración', 'Government'),
  business: label('Wirtschaft', 'Empresas', 'Business'),
  academia: label('Wissenschaft', 'Academia', 'Academia'),
  'civil-society': label('Zivilgesellschaft', 'Sociedad civil', 'Civil society'),
  international: label('Internationale Organisation', 'Organización internacional', 'International organisation'),
}

export const Stakeholders: CollectionConfig = {
  slug: 'stakeholders',
  labels: {
    singular: label('Institution', 'Institución', 'Stakeholder'),
    plural: label('Institutionen', 'Instituciones', 'Stakeholders'),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'acronym', 'country', 'sector', '_status'],
    listSearchableFields: ['name', 'acronym', 'slug'],
    group: groups.content,
  },
  defaultSort: 'acronym',
  access: draftContentAccess,
  versions: editorialVersions,
  hooks: {
    beforeChange: [keepTranslatorsToTheirFields],
  },
  fields: [
    titleField('name', label('Name', 'Nombre', 'Name')),
    slugField('name'),
    {
      name: 'acronym',
      type: 'text',
      maxLength: 20,
      label: label('Kürzel', 'Sigla', 'Acronym'),
    },
    countryCodeField(),
    {
      name: 'sector',
      type: 'select',
      required: true,
      label: label('Sektor', 'Sector', 'Sector'),
      options: sectors.map((value) => ({ value, label: sectorLabels[value] })),
    },
    {
      name: 'website',
      type: 'text',
      maxLength: 500,
      label: label('Website', 'Sitio web', 'Website'),
      validate: (value: string | null | undefined) =>
        !value || /^https:\/\/[^\s/$.?#].[^\s]*$/i.test(value) || 'https://…',
    },
    { name: 'logo', type: 'upload', relationTo: 'media', label: label('Logo', 'Logotipo', 'Logo') },
    descriptionField(),
    {
      name: 'dialogues',
      type: 'join',
      collection: 'dialogues',
      on: 'partnerInstitutions',
      label: label('Dialoge', 'Diálogos', 'Dialogues'),
    },
  ],
}
