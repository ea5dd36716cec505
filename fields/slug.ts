import type { FieldHook, TextField, TextFieldSingleValidation } from 'payload'
import { adminText } from '../i18n/adminTranslations'
import { slugify, slugMaxLength, slugPattern } from '../lib/slugify'
import { label } from './label'

const fillFromSource =
  (source: string): FieldHook =>
  ({ value, siblingData }) => {
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
    const from = siblingData?.[source]
    return typeof from === 'string' ? slugify(from) || undefined : value
  }

const validateSlug: TextFieldSingleValidation = (value, { req }) => {
  if (value == null || value === '') return true
  if (slugPattern.test(value)) return true
  return adminText(req)('digitaldialoge:slugPattern')
}

// One slug per locale, generated from `source` when left empty, unique per locale.
export function slugField(source = 'title'): TextField {
  return {
    name: 'slug',
    type: 'text',
    label: label('Kurzadresse (Slug)', 'Dirección corta (slug)', 'Slug'),
    localized: true,
    unique: true,
    index: true,
    maxLength: slugMaxLength,
    validate: validateSlug,
    hooks: { beforeValidate: [fillFromSource(source)] },
    admin: {
      position: 'sidebar',
      description: label(
        'Wird aus dem Titel erzeugt, wenn leer. Teil der Adresse in dieser Sprache.',
        'Se genera a partir del título si está vacío. Forma parte de la dirección en este idioma.',
        'Generated from the title when empty. Part of the address in this language.',
      ),
    },
  }
}
