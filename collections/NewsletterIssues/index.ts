import { LinkFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import type { CollectionConfig } from 'payload'
import { isEditorOrAbove } from '../../access/isEditorOrAbove'
import { hasRole } from '../../access/roles'
import { translatorOwnsLocale } from '../../access/translatorOwnsLocale'
import { label } from '../../fields/label'
import { locales } from '../../i18n/locales'
import { issueEndpoints } from '../../newsletter/dispatch/endpoints'
import { groups } from '../groups'
import { guardStatus } from './guardStatus'
import { stampSendingStart, startDeliveriesOnSend } from './startDeliveriesOnSend'
import { issueStatuses } from './statuses'

// Internal links in an issue point at what readers can open on the site.
export const issueLinkCollections = ['sessions', 'topics', 'dialogues'] as const

// Set by the dispatcher only (it writes with overrideAccess).
const systemOnly = { create: () => false, update: () => false }

const bodyEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    // Mails carry no uploads or embedded documents: text, headings, lists and links.
    ...defaultFeatures.filter((feature) => !['link', 'upload', 'relationship'].includes(feature.key)),
    LinkFeature({ enabledCollections: [...issueLinkCollections] }),
  ],
})

// A newsletter issue: written and translated like content, sent once to its audience by the
// dispatcher. Staff read every issue; readers read sent ones in the archive (server side).
export const NewsletterIssues: CollectionConfig = {
  slug: 'newsletter-issues',
  labels: {
    singular: label('Newsletter-Ausgabe', 'Edición del boletín', 'Newsletter issue'),
    plural: label('Newsletter-Ausgaben', 'Ediciones del boletín', 'Newsletter issues'),
  },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'status', 'scheduledAt', 'sentAt'],
    group: groups.content,
  },
  defaultSort: '-createdAt',
  access: {
    read: ({ req }) => hasRole(req.user, 'admin', 'editor', 'translator'),
    create: isEditorOrAbove,
    // A translator's write is further limited to drafts and localized fields (guardStatus).
    update: ({ req }) => hasRole(req.user, 'admin', 'editor') || translatorOwnsLocale(req),
    delete: isEditorOrAbove,
  },
  endpoints: issueEndpoints,
  hooks: {
    beforeChange: [guardStatus, stampSendingStart],
    afterChange: [startDeliveriesOnSend],
  },
  fields: [
    { name: 'subject', type: 'text', localized: true, required: true, maxLength: 200, label: label('Betreff', 'Asunto', 'Subject') },
    {
      name: 'preheader',
      type: 'text',
      localized: true,
      maxLength: 200,
      label: label('Vorschautext', 'Texto de vista previa', 'Preheader'),
      admin: { description: label('Die Zeile, die Mailprogramme neben dem Betreff zeigen.', 'La línea que los programas de correo muestran junto al asunto.', 'The line mail programs show beside the subject.') },
    },
    { name: 'body', type: 'richText', localized: true, required: true, editor: bodyEditor, label: label('Text', 'Texto', 'Body') },
    {
      name: 'audience',
      type: 'group',
      label: label('Empfänger:innen', 'Destinatarios', 'Audience'),
      admin: { description: label('Leer lassen heißt: alle.', 'Vacío significa: todos.', 'Empty means everyone.') },
      fields: [
        { name: 'languages', type: 'select', hasMany: true, options: [...locales], label: label('Sprachen', 'Idiomas', 'Languages') },
        { name: 'interests', type: 'relationship', relationTo: 'workplan-areas', hasMany: true, label: label('Interessen', 'Intereses', 'Interests') },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      options: [...issueStatuses],
      label: label('Status', 'Estado', 'Status'),
      admin: { position: 'sidebar' },
    },
    { name: 'scheduledAt', type: 'date', label: label('Senden am', 'Enviar el', 'Send at'), admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'startedAt', type: 'date', label: label('Versand begonnen', 'Envío iniciado', 'Sending started'), access: systemOnly, admin: { position: 'sidebar', readOnly: true } },
    { name: 'sentAt', type: 'date', index: true, label: label('Versendet am', 'Enviado el', 'Sent at'), access: systemOnly, admin: { position: 'sidebar', readOnly: true } },
    {
      name: 'dispatch',
      type: 'ui',
      admin: { components: { Field: '/components/admin/IssueDispatchPanel#IssueDispatchPanel' } },
    },
  ],
}
