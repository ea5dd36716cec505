import type { CollectionConfig } from 'payload'
import { draftContentAccess } from '../access/contentAccess'
import { label } from '../fields/label'
import { slugField } from '../fields/slug'
import { descriptionField, titleField } from '../fields/text'
import { keepTranslatorsToTheirFields } from '../hooks/keepTranslatorsToTheirFields'
import { editorialVersions } from './editorialVersions'
import { groups } from './groups'

export const Topics: CollectionConfig = {
  slug: 'topics',
  labels: {
    singular: label('Thema', 'Tema', 'Topic'),
    plural: label('Themen', 'Temas', 'Topics'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'areas', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'slug'],
    group: groups.content,
  },
  defaultSort: 'title',
  access: draftContentAccess,
  versions: editorialVersions,
  hooks: {
    beforeChange: [keepTranslatorsToTheirFields],
  },
  fields: [
    titleField(),
    slugField(),
    {
      name: 'areas',
      type: 'relationship',
      relationTo: 'workplan-areas',
      hasMany: true,
      index: true,
      label: label('Arbeitsplan-Bereiche', 'Áreas del plan de trabajo', 'Workplan areas'),
      admin: { position: 'sidebar' },
    },
    descriptionField(),
  ],
}
