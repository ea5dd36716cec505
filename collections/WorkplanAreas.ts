import type { CollectionConfig } from 'payload'
import { publicContentAccess } from '../access/contentAccess'
import { label } from '../fields/label'
import { slugField } from '../fields/slug'
import { descriptionField, titleField } from '../fields/text'
import { keepTranslatorsToTheirFields } from '../hooks/keepTranslatorsToTheirFields'
import { groups } from './groups'

export const WorkplanAreas: CollectionConfig = {
  slug: 'workplan-areas',
  labels: {
    singular: label('Arbeitsplan-Bereich', 'Área del plan de trabajo', 'Workplan area'),
    plural: label('Arbeitsplan-Bereiche', 'Áreas del plan de trabajo', 'Workplan areas'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'dialogue', 'order', 'updatedAt'],
    listSearchableFields: ['title', 'slug'],
    group: groups.content,
  },
  defaultSort: 'order',
  access: publicContentAccess,
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
      name: 'order',
      type: 'number',
      required: true,
      defaultValue: 1,
      min: 0,
      max: 1000,
      label: label('Reihenfolge', 'Orden', 'Order'),
      admin: { position: 'sidebar' },
    },
    descriptionField(),
    {
      name: 'topics',
      type: 'join',
      collection: 'topics',
      on: 'areas',
      // Not the topics' own sort (their localized title): joined with drafts, Payload 3.90 sorts
      // by a localized field on the wrong table alias and PostgreSQL refuses the query
      // (payloadcms/payload#15248), which broke the dialogue's edit view and preview.
      defaultSort: 'createdAt',
      label: label('Themen', 'Temas', 'Topics'),
    },
  ],
}
