// `npm run i18n:import -- file.json --locale es`: a translation agency's file into the admin,
// with the checks a save in the admin makes. Nothing is written if any string is refused.
import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { z } from 'zod'
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
const args = z.object({ file: z.string().min(1), locale: z.enum(locales) }).safeParse(command)
if (!args.success) {
  console.error(`${usage}\n${args.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n')}`)
  process.exit(2)
}

let file: unknown
try {
  file = JSON.parse(await readFile(args.data.file, 'utf8'))
} catch (error) {
  console.error(`${args.data.file}: not readable as JSON (${(error as Error).message})`)
  process.exit(1)
}

try {
  const report = await withCliPayload((payload) => importInterfaceStrings(payload, file, args.data.locale))
  for (const problem of report.problems) console.error(`${args.data.file}  ${problem.key}  ${problem.detail}`)
  if (report.problems.length > 0) {
    console.error(`\n${report.problems.length} problem(s): nothing imported.`)
    process.exit(1)
  }
  console.log(`${args.data.locale}: ${report.imported.length} imported, ${report.unchanged} unchanged`)
  process.exit(0)
} catch (error) {
  await failAndExit(error)
}
