import type { CollectionConfig } from 'payload'
import { isAdmin } from '../access/isAdmin'
import { nobody } from '../access/nobody'
import { anonymiseConsentOnDelete, onlyThroughDoubleOptIn } from '../newsletter/doubleOptInGuard'
import { subscriberDataEndpoints } from '../newsletter/endpoints/dataRights'
import { label } from '../fields/label'
import { locales } from '../i18n/locales'
import { groups } from './groups'

// 'suppressed': the mail relay reported a hard bounce or a complaint; nothing is sent any more,
// and a new sign-up of the address sends no mail (newsletter/suppression.ts).
export const subscriberStatuses = ['pending', 'confirmed', 'unsubscribed', 'suppressed'] as const
export const suppressionReasons = ['hard-bounce', 'complaint'] as const

// Readers' personal data: admins only, never the public and never editors. Nobody creates or
// changes a subscriber through the admin or the API, not even an admin: the double opt-in decides
// (newsletter/doubleOptInGuard.ts), readers change their settings on their preference page, and
// admins export or erase (buttons on the subscriber's view, newsletter/endpoints/dataRights.ts).
export const Subscribers: CollectionConfig = {
  slug: 'subscribers',
  labels: {
    singular: label('Abonnent:in', 'Suscriptor/a', 'Subscriber'),
    plural: label('Newsletter-Abonnements', 'Suscripciones', 'Newsletter subscribers'),
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'status', 'locale', 'createdAt'],
    group: groups.admin,
    components: { beforeListTable: ['/components/admin/ConfirmedSubscribersCsv#ConfirmedSubscribersCsv'] },
  },
  access: { read: isAdmin, create: nobody, update: nobody, delete: isAdmin },
  hooks: { beforeChange: [onlyThroughDoubleOptIn], beforeDelete: [anonymiseConsentOnDelete] },
  endpoints: subscriberDataEndpoints,
  fields: [
    {
      name: 'dataRights',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/components/admin/SubscriberDataButtons#SubscriberDataButtons' } },
    },
    { name: 'email', type: 'email', required: true, unique: true, label: label('E-Mail', 'Correo electrónico', 'E-mail') },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: [...subscriberStatuses],
      label: label('Status', 'Estado', 'Status'),
    },
    { name: 'locale', type: 'select', required: true, options: [...locales], label: label('Sprache', 'Idioma', 'Language') },
    {
      name: 'interests',
      type: 'relationship',
      relationTo: 'workplan-areas',
      hasMany: true,
      label: label('Interessen', 'Intereses', 'Interests'),
    },
    { name: 'confirmedAt', type: 'date', label: label('Bestätigt am', 'Confirmado el', 'Confirmed at') },
    { name: 'unsubscribedAt', type: 'date', index: true, label: label('Abgemeldet am', 'Baja el', 'Unsubscribed at') },
    { name: 'suppressedAt', type: 'date', index: true, label: label('Gesperrt am', 'Bloqueado el', 'Suppressed at') },
    {
      name: 'suppressionReason',
      type: 'select',
      options: [...suppressionReasons],
      label: label('Sperrgrund', 'Motivo del bloqueo', 'Suppression reason'),
    },
    // The confirmation token is stored only as its SHA-256; nobody reads it back (server code
    // queries it with overrideAccess), and the admin never shows it.
    {
      name: 'tokenHash',
      type: 'text',
      index: true,
      access: { read: () => false, update: () => false, create: () => false },
      admin: { hidden: true },
    },
    {
      name: 'tokenExpiresAt',
      type: 'date',
      index: true,
      label: label('Link gültig bis', 'Enlace válido hasta', 'Link valid until'),
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'lastMailSentAt',
      type: 'date',
      label: label('Letzte Mail gesendet', 'Último correo enviado', 'Last mail sent'),
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
