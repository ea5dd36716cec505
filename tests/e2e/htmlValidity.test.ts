import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { base } from './support/browser'
import { locales, readerPageTypes } from './support/pageTypes'

// The W3C Nu HTML checker (vnu-jar, Java) on the HTML the server sends for every page type in
// every locale, plus the sign-up form answering errors. One JVM checks every saved page: a
// JVM start costs seconds, a page milliseconds.
const vnuJar = createRequire(import.meta.url)('vnu-jar') as string

interface VnuMessage {
  type: string
  subType?: string
  url: string
  lastLine?: number
  message: string
  extract?: string
}

it('finds no errors on any page type in any locale', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vnu-'))
  try {
    const files: string[] = []
    for (const locale of locales) {
      const pages = { ...(await readerPageTypes(base, locale)), 'sign-up with errors': `/${locale}/newsletter?errors=email,consent` }
      for (const [type, path] of Object.entries(pages)) {
        const file = join(dir, `${locale}-${type.replace(/\W+/g, '-')}.html`)
        writeFileSync(file, await (await fetch(base + path)).text())
        files.push(file)
      }
    }
    const { stdout, stderr } = await promisify(execFile)('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', '--stdout', ...files], {
      maxBuffer: 16 * 1024 * 1024,
    }).catch((failed: { stdout: string; stderr: string }) => failed)
    const { messages } = JSON.parse(stdout || stderr) as { messages: VnuMessage[] }
    const errors = messages
      .filter((m) => m.type === 'error' || m.subType === 'fatal')
      .map((m) => `${m.url.split('/').pop()}:${m.lastLine}: ${m.message} ${m.extract ?? ''}`)
    expect(files).toHaveLength(locales.length * 13)
    expect(errors).toEqual([])
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
