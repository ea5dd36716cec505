// The augmentation needs the module in the program; nothing else imports next-intl's index now.
import type {} from 'next-intl'
import type messages from '../messages/de.json'
import type { Locale } from './locales'

// German is the source: every key the code asks for must exist there, or the typecheck fails.
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale
    Messages: typeof messages
  }
}
