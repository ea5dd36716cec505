import type { CollectionConfig } from 'payload'
import { isAdmin } from '../access/isAdmin'
import { isEditorOrAbove } from '../access/isEditorOrAbove'
import { nobody } from '../access/nobody'
import { MESSAGE_MAX, PAGE_MAX } from '../accessibility/schema'
import { label } from '../fields/label'
import { locales } from '../i18n/locales'
import { groups } from './groups'

export const feedbackStatuses = ['new', 'in-progress', 'done'] as const

// Reports of accessibility barriers (BITV 2.0 § 7, the statement's feedback mechanism).
// Written only by the form's path (accessibility/submitFeedback.ts) with overrideAccess, so no
// one creates them over the API. Editors fix the barriers and answer, so they read them and
// set the status; only admins delete. The public reads nothing. Kept for a year
// (accessibility/purge.ts): only what the reader wrote, no address, no IP.
export const AccessibilityFeedback: CollectionConfig = {
  slug: 'accessibility-feedback',
  labels: {
    singular: label('Rückmeldung zur Barrierefreiheit', 'Comentario sobre accesibilidad', 'Accessibility feedback'),
    plural: label('Rückmeldungen zur Barrierefreiheit', 'Comentarios sobre accesibilidad', 'Accessibility feedback'),
  },
  admin: {
    useAsTitle: 'message',
    defaultColumns: ['message', 'page', 'status', 'createdAt'],
    group: groups.admin,
  },
  access: { read: isEditorOrAbove, create: nobody, update: isEditorOrAbove, delete: isAdmin },
  fields: [
    {
      name: 'message',
      type: 'textarea',
      required: true,
      maxLength: MESSAGE_MAX,
      label: label('Beschreibung der Barriere', 'Descripción de la barrera', 'Description of the barrier'),
      access: { update: () => false },
      admin: { readOnly: true },
    },
    {
      name: 'page',
      type: 'text',
      maxLength: PAGE_MAX,
      label: label('Betroffene Seite', 'Página afectada', 'Page concerned'),
      access: { update: () => false },
      admin: { readOnly: true },
    },
    {
      name: 'email',
      type: 'email',
      label: label('E-Mail für eine Antwort', 'Correo para la respuesta', 'E-mail for a reply'),
      access: { update: () => false },
      admin: { readOnly: true },
    },
    {
      name: 'locale',
      type: 'select',
      required: true,
      options: [...locales],
      label: label('Sprache', 'Idioma', 'Language'),
      access: { update: () => false },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'new',
      index: true,
      options: [
        { value: 'new', label: label('Neu', 'Nuevo', 'New') },
        { value: 'in-progress', label: label('In Bearbeitung', 'En curso', 'In progress') },
        { value: 'done', label: label('Erledigt', 'Resuelto', 'Done') },
      ] satisfies { value: (typeof feedbackStatuses)[number]; label: ReturnType<typeof label> }[],
      label: label('Bearbeitungsstand', 'Estado', 'Status'),
      admin: { position: 'sidebar' },
    },
  ],
}
