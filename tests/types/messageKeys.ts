// Compiled by `npm run typecheck`, never run: proves that message keys are checked against
// messages/de.json (i18n/appConfig.d.ts). Were that check gone, the two expected errors below
// would not occur and the typecheck would fail on the unused directives.
import { getTranslations } from 'next-intl/server'

export async function messageKeysAreTyped() {
  const t = await getTranslations('Home')
  t('title')
  // @ts-expect-error: German has no such key
  t('noSuchKey')
  // @ts-expect-error: German has no such namespace
  await getTranslations('NoSuchNamespace')
}
