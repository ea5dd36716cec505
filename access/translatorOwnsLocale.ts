import type { PayloadRequest } from 'payload'

// Translators may only write the locales assigned to them.
export const translatorOwnsLocale = (req: PayloadRequest): boolean =>
  req.user?.role === 'translator' &&
  typeof req.locale === 'string' &&
  (req.user.locales ?? []).includes(req.locale as never)
