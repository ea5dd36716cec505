import { spawnSync } from 'node:child_process'
import pg from 'pg'
import { createTestDatabase } from '../../../setup/testDatabase'

export { removeTestDatabase } from '../../../setup/testDatabase'

// A database of its own, created but not migrated: `npm start` migrates it itself.
export const emptyDatabase = () => createTestDatabase(process.env.DATABASE_URL)

export interface Run {
  status: number | null
  stdout: string
  stderr: string
}

export function runScript(script: string, args: string[], env: Record<string, string>, input?: string): Run {
  // A start migrates an empty database: ~15 s alone, but it once passed 120 s with the rest of
  // `npm test` beside it on a slow 2-core day (status null: killed by this timeout).
  const result = spawnSync('npx', ['tsx', script, ...args], { env: { ...process.env, ...env }, input, encoding: 'utf8', timeout: 300_000 })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

export async function accounts(url: string): Promise<{ email: string; role: string }[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query('SELECT email, role FROM users ORDER BY id')).rows
  } finally {
    await client.end()
  }
}
