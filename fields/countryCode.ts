import type { TextField } from 'payload'
import { label } from './label'

// ISO 3166-1 alpha-2; the name shown to readers is localized elsewhere.
export const countryCodeField = (name = 'country', required = true): TextField => ({
  name,
  type: 'text',
  required,
  minLength: 2,
  maxLength: 2,
  label: label('Land (ISO-Code)', 'País (código ISO)', 'Country (ISO code)'),
  validate: (value: string | null | undefined) =>
    value == null || value === '' ? (required ? 'ISO 3166-1 alpha-2 required' : true) : /^[A-Z]{2}$/.test(value) || 'ISO 3166-1 alpha-2, e.g. DE, MX',
  admin: { placeholder: 'MX' },
})
