import { ConfigurationError } from '../env'

// A start script that fails must exit by itself: a started PostgreSQL would keep it alive.
export async function failAndExit(error: unknown, cleanup?: () => Promise<void>): Promise<never> {
  if (error instanceof ConfigurationError) console.error(`\n${error.message}\n`)
  else console.error(error)
  await cleanup?.().catch(() => {})
  process.exit(1)
}
