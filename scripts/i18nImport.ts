// `npm run i18n:import -- file.json --locale es`: a translation agency's file into the admin,
// with the checks a save in the admin makes. Nothing is written if any string is refused.
import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { exitAfterOutput } from '../lib/bootstrap/exitAfterOutput'
import { failAndExit } from '../lib/bootstrap/fail'
import { withCliPayload } from '../lib/bootstrap/cliPayload'
import { importInterfaceStrings } from '../i18n/strings/importInterfaceStrings'
import { locales } from '../i18n/locales'

const usage = 'usage: npm run i18n:import -- <file.json> --locale <de|es|en>'
const command = (() => {
  try {
    const { values, positionals } = parseArgs({ options: { locale: { type: 'string' } }, allowPositionals: true })
    return { file: positionals[0], locale: values.locale }
  } catch {
    return {}
  }
})()
const parsed = z.object({ file: z.string().min(1), locale: z.enum(locales) }).safeParse(command)
if (!parsed.success) {
  console.error(`${usage}\n${parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n')}`)
  await exitAfterOutput(2)
}
// exitAfterOutput never returns; TypeScript cannot see that through the await.
const { file: path, locale } = parsed.data!

let file: unknown
try {
  file = JSON.parse(await readFile(path, 'utf8'))
} catch (error) {
  console.error(`${path}: not readable as JSON (${(error as Error).message})`)
  await exitAfterOutput(1)
}

try {
  const report = await withCliPayload((payload) => importInterfaceStrings(payload, file, locale))
  for (const problem of report.problems) console.error(`${path}  ${problem.key}  ${problem.detail}`)
  if (report.problems.length > 0) {
    console.error(`\n${report.problems.length} problem(s): nothing imported.`)
    await exitAfterOutput(1)
  }
  console.log(`${locale}: ${report.imported.length} imported, ${report.unchanged} unchanged`)
  await exitAfterOutput(0)
} catch (error) {
  await failAndExit(error)
}
