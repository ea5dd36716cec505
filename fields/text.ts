import type { TextareaField, TextField } from 'payload'
import { label } from './label'

// The reader-facing texts every content collection has, with one set of limits.
export const titleField = (name = 'title', fieldLabel = label('Titel', 'Título', 'Title')): TextField => ({
  name,
  type: 'text',
  required: true,
  localized: true,
  maxLength: 200,
  label: fieldLabel,
})

export const summaryField = (): TextareaField => ({
  name: 'summary',
  type: 'textarea',
  localized: true,
  maxLength: 600,
  label: label('Kurzfassung', 'Resumen', 'Summary'),
})

export const descriptionField = (): TextareaField => ({
  name: 'description',
  type: 'textarea',
  localized: true,
  maxLength: 2000,
  label: label('Beschreibung', 'Descripción', 'Description'),
})
