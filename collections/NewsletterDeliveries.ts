import type { CollectionConfig } from 'payload'
import { isAdmin } from '../access/isAdmin'
import { nobody } from '../access/nobody'
import { label } from '../fields/label'
import { locales } from '../i18n/locales'
import { groups } from './groups'

export const deliveryStatuses = ['pending', 'sending', 'sent', 'failed', 'skipped'] as const
export type DeliveryStatus = (typeof deliveryStatuses)[number]

// One row per reader of an issue, made when the issue starts sending; the dispatcher
// (newsletter/dispatch/) claims, sends and settles them, never an API caller. The subscriber
// is kept as a bare id, not a relation: erasing a reader must not be held up by, or cascade
// into, the record that an issue went out (a row whose reader is gone is skipped).
export const NewsletterDeliveries: CollectionConfig = {
  slug: 'newsletter-deliveries',
  labels: {
    singular: label('Zustellung', 'Envío', 'Delivery'),
    plural: label('Newsletter-Zustellungen', 'Envíos del boletín', 'Newsletter deliveries'),
  },
  admin: {
    defaultColumns: ['issue', 'subscriberId', 'locale', 'status', 'sentAt'],
    group: groups.admin,
  },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['issue', 'subscriberId'], unique: true }],
  fields: [
    { name: 'issue', type: 'relationship', relationTo: 'newsletter-issues', required: true, index: true, label: label('Ausgabe', 'Edición', 'Issue') },
    { name: 'subscriberId', type: 'number', required: true, index: true, label: label('Abonnent:in (ID)', 'Suscriptor/a (ID)', 'Subscriber (id)') },
    // The language of the mail: the reader's, or German where the issue lacks that translation.
    { name: 'locale', type: 'select', required: true, options: [...locales], label: label('Sprache', 'Idioma', 'Language') },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: [...deliveryStatuses],
      label: label('Status', 'Estado', 'Status'),
    },
    { name: 'attempts', type: 'number', required: true, defaultValue: 0, label: label('Versuche', 'Intentos', 'Attempts') },
    { name: 'claimedAt', type: 'date', label: label('Übernommen am', 'Tomado el', 'Claimed at') },
    { name: 'claimedBy', type: 'text', label: label('Übernommen von', 'Tomado por', 'Claimed by') },
    { name: 'notBefore', type: 'date', label: label('Nicht vor', 'No antes de', 'Not before') },
    { name: 'sentAt', type: 'date', label: label('Gesendet am', 'Enviado el', 'Sent at') },
    { name: 'lastError', type: 'text', label: label('Letzter Fehler', 'Último error', 'Last error') },
  ],
}
