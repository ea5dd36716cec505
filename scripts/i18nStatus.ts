// `npm run i18n:status`: per locale, the share of interface strings and of localized content
// fields translated, and what is missing or outdated (German changed since), with links into the admin. The dashboard shows the same.
import { exitAfterOutput } from '../lib/bootstrap/exitAfterOutput'
import { failAndExit } from '../lib/bootstrap/fail'
import { withCliPayload } from '../lib/bootstrap/cliPayload'
import { adminLinks } from '../i18n/strings/adminLinks'
import { share, translationStatus } from '../i18n/strings/translationStatus'
import { defaultLocale } from '../i18n/locales'

const percent = (part: number, total: number) => `${(share(part, total) * 100).toFixed(1).padStart(5)} %`
const figure = (part: number, total: number) => `${`${part}/${total}`.padStart(9)}  ${percent(part, total)}`

try {
  const { status, site } = await withCliPayload(async (payload) => ({
    status: await translationStatus(payload),
    site: `${payload.config.serverURL || 'http://localhost:3000'}${payload.config.routes.admin}`,
  }))
  console.log('locale  interface strings    content fields (missing and outdated count as not translated)')
  for (const { locale, strings, content } of status) {
    const note = locale === defaultLocale ? '   (source language)' : strings.needsReview ? `   (${strings.needsReview} to review)` : ''
    console.log(`${locale.padEnd(6)}  ${figure(strings.translated, strings.total)}  ${figure(content.translated, content.total)}${note}`)
  }
  for (const { locale, strings, content } of status) {
    if (strings.missing.length === 0 && content.missing.length === 0 && content.outdated.length === 0) continue
    console.log(`\nmissing in ${locale}:`)
    if (strings.missing.length) {
      console.log(`  ${strings.missing.length} interface string(s): ${strings.missing.slice(0, 10).join(', ')}${strings.missing.length > 10 ? ' …' : ''}`)
      console.log(`    ${adminLinks.stringsToTranslate(site, locale)}`)
    }
    for (const [kind, docs] of [['missing', content.missing], ['outdated', content.outdated]] as const) {
      for (const doc of docs) {
        console.log(`  ${kind}: ${doc.collection} "${doc.title}": ${doc.fields.join(', ')}`)
        console.log(`    ${adminLinks.document(site, doc.collection, doc.id, locale)}`)
      }
    }
  }
  await exitAfterOutput(0)
} catch (error) {
  await failAndExit(error)
}
