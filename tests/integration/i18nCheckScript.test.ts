import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const run = (env: Record<string, string> = {}) =>
  spawnSync('npx', ['tsx', 'scripts/i18nCheck.ts'], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 })

it('npm run i18n:check passes on the repository and fails, naming file and key, on a planted error', () => {
  expect(run().status).toBe(0)

  const dir = mkdtempSync(join(tmpdir(), 'i18n-planted-'))
  try {
    for (const locale of ['de', 'es', 'en']) writeFileSync(join(dir, `${locale}.json`), readFileSync(`messages/${locale}.json`))
    const es = JSON.parse(readFileSync(join(dir, 'es.json'), 'utf8'))
    es.Layout.skipToContent = 'Saltar {al} contenido'
    writeFileSync(join(dir, 'es.json'), JSON.stringify(es))
    const planted = run({ I18N_MESSAGES_DIR: dir })
    expect(planted.status).toBe(1)
    expect(planted.stderr).toContain(`${dir}/es.json  Layout.skipToContent  placeholders`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

it('npm run i18n:check names a note for translators whose key German does not have', () => {
  const dir = mkdtempSync(join(tmpdir(), 'i18n-notes-'))
  try {
    for (const locale of ['de', 'es', 'en']) writeFileSync(join(dir, `${locale}.json`), readFileSync(`messages/${locale}.json`))
    writeFileSync(join(dir, 'descriptions.json'), JSON.stringify({ 'Home.intro': 'ok', 'Home.gone': 'stale' }))
    const planted = run({ I18N_MESSAGES_DIR: dir })
    expect(planted.status).toBe(1)
    expect(planted.stderr).toContain(`${dir}/descriptions.json  Home.gone  extra: not in de`)
    expect(planted.stderr).not.toContain('Home.intro')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
