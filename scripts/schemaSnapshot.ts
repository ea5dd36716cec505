// The drizzle snapshot of the schema the config describes — what `npm run migrate:create`
// writes beside a migration. scripts/checkGenerated.sh compares it with the newest committed
// snapshot: migrate:create itself asks interactively (create or rename?) when they differ, and
// without a terminal it wrote nothing and the check passed on a drifted schema.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { isDeepStrictEqual } from 'node:util'

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const payload = await getPayload({ config, disableDBConnect: true, disableOnInit: true } as Parameters<typeof getPayload>[0])
const db = payload.db as unknown as { requireDrizzleKit: () => { generateDrizzleJson: (schema: unknown) => Promise<Record<string, unknown>> }; schema: unknown }
// As written to a file: keys whose value is undefined are not part of a committed snapshot.
const current = JSON.parse(JSON.stringify(await db.requireDrizzleKit().generateDrizzleJson(db.schema))) as Record<string, unknown>

const dir = path.resolve('migrations')
const newest = readdirSync(dir).filter((file) => file.endsWith('.json')).sort().at(-1)
// Snapshot ids differ from run to run; only the schema counts.
const schemaOf = (snapshot: Record<string, unknown>) => ({ ...snapshot, id: undefined, prevId: undefined })
const committed = newest ? (JSON.parse(readFileSync(path.join(dir, newest), 'utf8')) as Record<string, unknown>) : {}
if (isDeepStrictEqual(schemaOf(current), schemaOf(committed))) {
  console.log(`schema matches migrations/${newest}`)
  process.exit(0)
}
const tables = (snapshot: Record<string, unknown>) => (snapshot.tables ?? {}) as Record<string, unknown>
const changed = [...new Set([...Object.keys(tables(current)), ...Object.keys(tables(committed))])].filter(
  (name) => !isDeepStrictEqual(tables(current)[name], tables(committed)[name]),
)
console.error(`The schema differs from migrations/${newest}${changed.length ? ` in: ${changed.join(', ')}` : ' (enums or other parts)'}`)
process.exit(1)
