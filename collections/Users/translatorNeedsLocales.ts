import type { SelectFieldValidation } from 'payload'

export const translatorNeedsLocales: SelectFieldValidation = (value, { siblingData, req }) => {
  const role = (siblingData as { role?: string }).role
  if (role !== 'translator') return true
  if (Array.isArray(value) && value.length > 0) return true
  return req.t('validation:required')
}
