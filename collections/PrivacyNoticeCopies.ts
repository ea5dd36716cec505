import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'
import { APIError } from 'payload'
import { isAdmin } from '../access/isAdmin'
import { nobody } from '../access/nobody'
import { label } from '../fields/label'
import { groups } from './groups'

// The texts of the privacy notice readers agreed to, one immutable copy per distinct text (the
// SHA-256 a consent record names). The page itself changes and its versions are pruned; a consent
// record points here, so the words a reader agreed to stay provable (DSGVO Art. 7(1)).
// Nobody writes here but the ledger (newsletter/noticeCopies.ts); once written, a copy never changes.
export const refuseAnyChange: CollectionBeforeChangeHook = ({ operation, data }) => {
  if (operation === 'update') throw new APIError('A privacy notice copy never changes.', 403)
  return data
}

export const PrivacyNoticeCopies: CollectionConfig = {
  slug: 'privacy-notice-copies',
  labels: {
    singular: label('Datenschutzhinweis (Kopie)', 'Aviso de privacidad (copia)', 'Privacy notice (copy)'),
    plural: label('Datenschutzhinweise (Kopien)', 'Avisos de privacidad (copias)', 'Privacy notices (copies)'),
  },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'version', 'createdAt'], group: groups.admin },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  hooks: { beforeChange: [refuseAnyChange] },
  fields: [
    { name: 'hash', type: 'text', required: true, unique: true, label: label('SHA-256 des Textes', 'SHA-256 del texto', 'SHA-256 of the text') },
    { name: 'version', type: 'text', required: true, label: label('Version', 'Versión', 'Version') },
    { name: 'title', type: 'text', required: true, label: label('Titel', 'Título', 'Title') },
    { name: 'text', type: 'textarea', required: true, label: label('Text', 'Texto', 'Text') },
    // What was hashed, exactly: title, summary and the rich text as the page held them.
    { name: 'content', type: 'json', required: true, label: label('Inhalt (wie gehasht)', 'Contenido (tal como se calculó el hash)', 'Content (as hashed)') },
  ],
}
