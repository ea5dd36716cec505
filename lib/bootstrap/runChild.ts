import { spawn } from 'node:child_process'

// Runs a long-lived child (next dev / next start), forwards stop signals to it and runs
// `cleanup` (e.g. stopping the embedded PostgreSQL) whichever way it ends.
export function runChild(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  cleanup: () => Promise<void>,
): void {
  const child = spawn(command, args, { stdio: 'inherit', env })
  let exiting = false
  const finish = async (code: number) => {
    if (exiting) return
    exiting = true
    await cleanup().catch((error) => console.error('cleanup failed:', error))
    process.exit(code)
  }
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      if (child.exitCode === null) child.kill(signal)
      else void finish(0)
    })
  }
  child.on('exit', (code, signal) => void finish(code ?? (signal ? 0 : 1)))
  child.on('error', (error) => {
    console.error(`could not start ${command}:`, error)
    void finish(1)
  })
}
