// `npm run i18n:export-content -- --locale es [--collection dialogues [--id 12 --id 13]] [--out file.xlf]`:
// the German source and the current translation of documents as XLIFF 2.0 for an agency
// (lib/translation/xliff). Without --collection: every dialogue, session, topic, institution and page.
import { writeFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { exitAfterOutput } from '../lib/bootstrap/exitAfterOutput'
import { failAndExit } from '../lib/bootstrap/fail'
import { withCliPayload } from '../lib/bootstrap/cliPayload'
import { exchangedCollections } from '../lib/translation/xliff/contentUnits'
import { exportContent } from '../lib/translation/xliff/exportContent'
import { locales } from '../i18n/locales'

const usage = `usage: npm run i18n:export-content -- --locale <es|en> [--collection <${exchangedCollections.join('|')}> [--id <n> …]] [--out <file.xlf>]`
const command = (() => {
  try {
    const { values } = parseArgs({
      options: { locale: { type: 'string' }, collection: { type: 'string' }, id: { type: 'string', multiple: true }, out: { type: 'string' } },
    })
    return values
  } catch {
    return {}
  }
})()
const parsed = z
  .object({
    locale: z.enum(locales).exclude(['de']),
    collection: z.enum(exchangedCollections).optional(),
    id: z.array(z.coerce.number().int().positive()).optional(),
    out: z.string().min(1).optional(),
  })
  .refine((args) => !args.id || args.collection, { message: '--id needs --collection', path: ['id'] })
  .safeParse(command)
if (!parsed.success) {
  console.error(`${usage}\n${parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n')}`)
  await exitAfterOutput(2)
}
const { locale, collection, id, out } = parsed.data!

try {
  const selections = collection ? [{ collection, ids: id }] : exchangedCollections.map((each) => ({ collection: each }))
  const xml = await withCliPayload((payload) => exportContent(payload, locale, selections))
  const path = out ?? `content-${locale}.xlf`
  await writeFile(path, xml, 'utf8')
  console.log(`${path}: ${(xml.match(/<file /g) ?? []).length} document(s), ${(xml.match(/<unit /g) ?? []).length} unit(s) for ${locale}`)
  await exitAfterOutput(0)
} catch (error) {
  await failAndExit(error)
}
