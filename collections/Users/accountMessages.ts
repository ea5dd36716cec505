import type { PayloadRequest } from 'payload'

// Answers of the account endpoints in the admin's language (Payload's i18n picks it from the
// payload-lng cookie or Accept-Language, among the admin's languages de, es, en).
const messages = {
  tooManyAttempts: {
    de: (minutes: number) => `Zu viele fehlgeschlagene Anmeldeversuche. Bitte versuchen Sie es in ${minutes} Minute(n) erneut.`,
    es: (minutes: number) => `Demasiados intentos fallidos de inicio de sesión. Vuelva a intentarlo en ${minutes} minuto(s).`,
    en: (minutes: number) => `Too many failed login attempts. Please try again in ${minutes} minute(s).`,
  },
  firstRegisterClosed: {
    de: () =>
      'Das erste Konto wird nicht über das Web angelegt. Die Betreiber legen es beim Start an (PAYLOAD_ADMIN_EMAIL und PAYLOAD_ADMIN_PASSWORD) oder mit `npm run admin -- create`.',
    es: () =>
      'La primera cuenta no se crea por la web. Los operadores la crean al arrancar (PAYLOAD_ADMIN_EMAIL y PAYLOAD_ADMIN_PASSWORD) o con `npm run admin -- create`.',
    en: () =>
      'The first account is not created over the web. Operators create it at start (PAYLOAD_ADMIN_EMAIL and PAYLOAD_ADMIN_PASSWORD) or with `npm run admin -- create`.',
  },
} as const

type Language = keyof (typeof messages)['tooManyAttempts']

export function accountMessage<K extends keyof typeof messages>(req: PayloadRequest, key: K, ...args: Parameters<(typeof messages)[K]['de']>) {
  const language = (req.i18n?.language in messages[key] ? req.i18n.language : 'de') as Language
  return (messages[key][language] as (...values: typeof args) => string)(...args)
}
