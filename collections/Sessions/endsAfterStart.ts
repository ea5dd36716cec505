import type { DateFieldValidation } from 'payload'

export const endsAfterStart: DateFieldValidation = (value, { siblingData, req }) => {
  const start = (siblingData as { startsAt?: string | Date | null }).startsAt
  if (!value || !start) return true
  if (new Date(value).getTime() >= new Date(start).getTime()) return true
  const messages = {
    de: 'Das Ende liegt vor dem Beginn.',
    es: 'El fin es anterior al inicio.',
    en: 'The end is before the start.',
  }
  return messages[(req.i18n?.language ?? 'de') as keyof typeof messages] ?? messages.de
}
