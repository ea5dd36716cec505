import { chmodSync, statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'

// PostgreSQL refuses to run as root, so as root the embedded server runs as the `postgres`
// user. That user must be able to walk the path to its binaries and data directory; a
// private parent (such as a mktemp directory) would stop it. We add search permission (x)
// for others on such ancestors only — never read or write.
export function makeTraversableForPostgres(path: string, log: (message: string) => void): void {
  if (process.getuid?.() !== 0) return
  let dir = resolve(path)
  while (dir !== dirname(dir)) {
    dir = dirname(dir)
    const mode = statSync(dir).mode
    if ((mode & 0o001) === 0) {
      chmodSync(dir, (mode & 0o7777) | 0o001)
      log(`made ${dir} traversable for the postgres user (o+x)`)
    }
  }
}
