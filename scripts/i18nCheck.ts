// `npm run i18n:check`: messages/es.json and en.json against the German source (keys, ICU
// syntax, placeholders, plural/select, rich-text tags, empty strings). Exit 1 on any problem.
import { existsSync, readFileSync } from 'node:fs'
import { checkMessages, flatten, type Messages } from '../i18n/check/checkMessages'
import { defaultLocale, locales } from '../i18n/locales'

// I18N_MESSAGES_DIR lets a test point the check at planted files.
const dir = process.env.I18N_MESSAGES_DIR ?? 'messages'
const read = (locale: string) => JSON.parse(readFileSync(`${dir}/${locale}.json`, 'utf8')) as Messages
const translations = Object.fromEntries(locales.filter((l) => l !== defaultLocale).map((l) => [l, read(l)]))
const german = read(defaultLocale)
const problems = checkMessages(german, translations, defaultLocale)
// Notes for translators (optional file) must name keys that exist.
const germanKeys = flatten(german)
const notes = existsSync(`${dir}/descriptions.json`) ? Object.keys(JSON.parse(readFileSync(`${dir}/descriptions.json`, 'utf8'))) : []
const staleNotes = notes.filter((key) => !germanKeys.has(key))

for (const problem of problems) {
  console.error(`${dir}/${problem.locale}.json  ${problem.key}  ${problem.kind}: ${problem.detail}`)
}
for (const key of staleNotes) console.error(`${dir}/descriptions.json  ${key}  extra: not in ${defaultLocale}`)
if (problems.length + staleNotes.length > 0) {
  console.error(`\n${problems.length + staleNotes.length} problem(s) in the interface strings.`)
  process.exit(1)
}
console.log(`messages: ${locales.join(', ')} agree with ${defaultLocale} (keys, ICU syntax, placeholders, tags, no other markup).`)
