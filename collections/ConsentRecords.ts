import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'
import { APIError } from 'payload'
import { isAdmin } from '../access/isAdmin'
import { nobody } from '../access/nobody'
import { label } from '../fields/label'
import { locales } from '../i18n/locales'
import { groups } from './groups'

// Proof of consent (DSGVO Art. 7(1)): what the reader agreed to, in which language and when.
// Nobody writes here through the admin or the API; the newsletter flow appends records with
// overrideAccess. Once set, a fact is never rewritten: `confirmedAt` and `withdrawnAt` may only
// be filled in once, and only erasure (context.consentErasure) may blank the personal link.
//
// IP addresses are never stored in clear: `ipHash` is HMAC-SHA-256 of the address with a
// server-side salt derived from PAYLOAD_SECRET (see newsletter/ledger.ts), so it can only be
// matched against an address someone already knows, not reversed.
const writeOnceFields = ['confirmedAt', 'withdrawnAt'] as const
const fixedFields = ['noticeVersion', 'noticeHash', 'noticeCopy', 'language', 'purpose', 'givenAt', 'ipHash', 'subjectHash'] as const

export const keepConsentFactsFixed: CollectionBeforeChangeHook = ({ data, originalDoc, operation, context }) => {
  if (operation !== 'update' || !originalDoc || context.consentErasure) return data
  for (const field of fixedFields) {
    if (field in data && idOf(data[field]) !== idOf(originalDoc[field])) throw new APIError(`consent record field ${field} is fixed`, 400)
  }
  for (const field of writeOnceFields) {
    if (originalDoc[field] && field in data && data[field] !== originalDoc[field]) {
      throw new APIError(`consent record field ${field} is already set`, 400)
    }
  }
  return data
}

const idOf = (value: unknown) => (value && typeof value === 'object' && 'id' in value ? value.id : (value ?? null))

export const ConsentRecords: CollectionConfig = {
  slug: 'consent-records',
  labels: {
    singular: label('Einwilligungsnachweis', 'Registro de consentimiento', 'Consent record'),
    plural: label('Einwilligungsnachweise', 'Registros de consentimiento', 'Consent records'),
  },
  admin: {
    defaultColumns: ['purpose', 'language', 'givenAt', 'confirmedAt', 'withdrawnAt'],
    group: groups.admin,
  },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  hooks: { beforeChange: [keepConsentFactsFixed] },
  fields: [
    {
      name: 'subscriber',
      type: 'relationship',
      relationTo: 'subscribers',
      index: true,
      label: label('Abonnent:in', 'Suscriptor/a', 'Subscriber'),
    },
    { name: 'purpose', type: 'select', required: true, options: ['newsletter'], label: label('Zweck', 'Finalidad', 'Purpose') },
    { name: 'language', type: 'select', required: true, options: [...locales], label: label('Sprache', 'Idioma', 'Language') },
    {
      name: 'noticeVersion',
      type: 'text',
      required: true,
      label: label('Version der Datenschutzerklärung', 'Versión del aviso de privacidad', 'Privacy notice version'),
    },
    {
      name: 'noticeHash',
      type: 'text',
      required: true,
      label: label('SHA-256 des Hinweistextes', 'SHA-256 del texto del aviso', 'SHA-256 of the notice text'),
    },
    {
      name: 'noticeCopy',
      type: 'relationship',
      relationTo: 'privacy-notice-copies',
      label: label('Text des Hinweises', 'Texto del aviso', 'Text of the notice'),
      admin: { readOnly: true },
    },
    { name: 'givenAt', type: 'date', required: true, label: label('Erteilt am', 'Otorgado el', 'Given at') },
    { name: 'confirmedAt', type: 'date', label: label('Bestätigt am', 'Confirmado el', 'Confirmed at') },
    { name: 'withdrawnAt', type: 'date', label: label('Widerrufen am', 'Revocado el', 'Withdrawn at') },
    {
      name: 'ipHash',
      type: 'text',
      label: label('IP-Adresse (gesalzener Hash)', 'Dirección IP (hash con sal)', 'IP address (salted hash)'),
      admin: { readOnly: true },
    },
    // After the retention period (newsletter/retention.ts): an HMAC of the address, so the record can
    // still be found for the person who asks about it (they name their address), but not read back.
    {
      name: 'subjectHash',
      type: 'text',
      index: true,
      label: label('Adresse (pseudonymisiert)', 'Dirección (seudonimizada)', 'Address (pseudonymised)'),
      admin: { readOnly: true },
    },
    {
      name: 'erasedAt',
      type: 'date',
      label: label('Personenbezug gelöscht am', 'Datos personales borrados el', 'Personal data erased at'),
    },
  ],
}
