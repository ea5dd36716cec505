import type { DateFieldValidation } from 'payload'
import { adminText } from '../../i18n/adminTranslations'

export const endsAfterStart: DateFieldValidation = (value, { siblingData, req }) => {
  const start = (siblingData as { startsAt?: string | Date | null }).startsAt
  if (!value || !start) return true
  if (new Date(value).getTime() >= new Date(start).getTime()) return true
  return adminText(req)('digitaldialoge:endsBeforeStart')
}
