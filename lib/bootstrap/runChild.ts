import { spawn, type ChildProcess } from 'node:child_process'

export interface ChildCommand {
  command: string
  args: string[]
}

// Runs long-lived children (next dev / next start, the mail worker), forwards stop signals to
// them and runs `cleanup` (e.g. stopping the embedded PostgreSQL) whichever way they end. When
// one ends, the others are stopped too: a dev server without its worker would queue mails
// nobody sends.
export function runChildren(children: ChildCommand[], env: NodeJS.ProcessEnv, cleanup: () => Promise<void>): void {
  const running: ChildProcess[] = []
  let exiting = false
  let exitCode = 0
  const finish = async () => {
    if (running.some((child) => child.exitCode === null && child.signalCode === null)) return
    if (exiting) return
    exiting = true
    await cleanup().catch((error) => console.error('cleanup failed:', error))
    process.exit(exitCode)
  }
  const stopAll = (signal: NodeJS.Signals) => {
    for (const child of running) if (child.exitCode === null && child.signalCode === null) child.kill(signal)
    void finish()
  }
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => stopAll(signal))
  for (const { command, args } of children) {
    const child = spawn(command, args, { stdio: 'inherit', env })
    running.push(child)
    child.on('exit', (code, signal) => {
      if (code !== 0 && !signal) exitCode = code ?? 1
      stopAll('SIGTERM')
    })
    child.on('error', (error) => {
      console.error(`could not start ${command}:`, error)
      exitCode = 1
      stopAll('SIGTERM')
    })
  }
}

export function runChild(command: string, args: string[], env: NodeJS.ProcessEnv, cleanup: () => Promise<void>): void {
  runChildren([{ command, args }], env, cleanup)
}
