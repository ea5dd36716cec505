// `npm run i18n:import-content -- file.xlf --locale es`: an agency's XLIFF 2.0 file (made by
// i18n:export-content) into the admin as drafts for review. Nothing is written if anything in
// the file is refused (lib/translation/xliff/importContent).
import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { exitAfterOutput } from '../lib/bootstrap/exitAfterOutput'
import { failAndExit } from '../lib/bootstrap/fail'
import { withCliPayload } from '../lib/bootstrap/cliPayload'
import { importContent } from '../lib/translation/xliff/importContent'
import { locales } from '../i18n/locales'

const usage = 'usage: npm run i18n:import-content -- <file.xlf> --locale <es|en>'
const command = (() => {
  try {
    const { values, positionals } = parseArgs({ options: { locale: { type: 'string' } }, allowPositionals: true })
    return { file: positionals[0], locale: values.locale }
  } catch {
    return {}
  }
})()
const parsed = z.object({ file: z.string().min(1), locale: z.enum(locales).exclude(['de']) }).safeParse(command)
if (!parsed.success) {
  console.error(`${usage}\n${parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n')}`)
  await exitAfterOutput(2)
}
const { file: path, locale } = parsed.data!

let xml = ''
try {
  xml = await readFile(path, 'utf8')
} catch (error) {
  console.error(`${path}: not readable (${(error as Error).message})`)
  await exitAfterOutput(1)
}

try {
  const report = await withCliPayload((payload) => importContent(payload, xml, locale))
  for (const problem of report.problems) console.error(`${path}  ${problem.where}  ${problem.detail}`)
  if (report.problems.length > 0) {
    console.error(`\n${report.problems.length} problem(s): nothing imported.`)
    await exitAfterOutput(1)
  }
  for (const doc of report.documents) console.log(`${doc.collection} ${doc.id}: ${doc.fields.join(', ')}`)
  console.log(`${locale}: ${report.documents.length} document(s) imported as drafts, marked ready for review`)
  await exitAfterOutput(0)
} catch (error) {
  await failAndExit(error)
}
