// `npm run i18n:export`: the strings saved in the admin back into messages/*.json, in the German
// file's key order. Review the diff and commit it; the next sync sees the files and the admin agree.
import { exitAfterOutput } from '../lib/bootstrap/exitAfterOutput'
import { failAndExit } from '../lib/bootstrap/fail'
import { withCliPayload } from '../lib/bootstrap/cliPayload'
import { exportInterfaceStrings } from '../i18n/strings/exportInterfaceStrings'
import { messagesDir, readMessageFiles, writeMessageFile } from '../i18n/strings/messageFiles'
import { locales } from '../i18n/locales'

// I18N_MESSAGES_DIR lets a test export into a copy.
const dir = process.env.I18N_MESSAGES_DIR ?? messagesDir

try {
  const report = await withCliPayload(async (payload) => exportInterfaceStrings(payload, await readMessageFiles(dir)))
  for (const locale of locales) {
    await writeMessageFile(dir, locale, report.messages[locale])
    const keys = report.changed[locale]
    console.log(`${dir}/${locale}.json: ${keys.length} changed${keys.length ? ` (${keys.join(', ')})` : ''}`)
  }
  await exitAfterOutput(0)
} catch (error) {
  await failAndExit(error)
}
