import type { CollectionConfig } from 'payload'
import { isAdmin } from '../access/isAdmin'
import { subscriberDataEndpoints } from '../newsletter/endpoints/dataRights'
import { label } from '../fields/label'
import { locales } from '../i18n/locales'
import { groups } from './groups'

export const subscriberStatuses = ['pending', 'confirmed', 'unsubscribed'] as const

// Readers' personal data: admins only, never the public and never editors. Sign-ups are
// written by the newsletter flow on the server, not through this collection's API.
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
  },
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  endpoints: subscriberDataEndpoints,
  fields: [
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
    { name: 'unsubscribedAt', type: 'date', label: label('Abgemeldet am', 'Baja el', 'Unsubscribed at') },
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
