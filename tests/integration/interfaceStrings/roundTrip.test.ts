import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Payload } from 'payload'
import { importInterfaceStrings } from '@/i18n/strings/importInterfaceStrings'
import { startPayload, stopPayload } from '../support/payload'
import { createUser } from '../support/users'

let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
})
afterAll(() => stopPayload(payload))

const repoFile = (locale: string) => readFileSync(`messages/${locale}.json`, 'utf8')
const spanish = JSON.parse(repoFile('es'))
// tsx's CLI directly (not through npx), so the output is the script's own.
const tsx = (script: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', script, ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  })

async function keyDoc(key: string) {
  const { docs } = await payload.find({ collection: 'interface-strings', where: { key: { equals: key } }, locale: 'es', fallbackLocale: false })
  return docs[0]
}
async function setSpanish(key: string, value: string) {
  const translator = await createUser(payload, 'translator', ['es'])
  const doc = await keyDoc(key)
  await payload.update({ collection: 'interface-strings', id: doc.id, locale: 'es', data: { value }, user: translator, overrideAccess: false })
}

describe('round trip between the admin and messages/*.json', () => {
  afterEach(async () => {
    await setSpanish('Home.intro', spanish.Home.intro)
    await setSpanish('Newsletter.submit', spanish.Newsletter.submit)
  })

  it('npm run i18n:export writes a saved translation into its line only, and i18n:check is clean after it', async () => {
    await setSpanish('Home.intro', 'Diálogos digitales bilaterales: una traducción revisada.')
    const dir = mkdtempSync(join(tmpdir(), 'i18n-export-'))
    try {
      for (const locale of ['de', 'es', 'en']) writeFileSync(join(dir, `${locale}.json`), repoFile(locale))
      const exported = tsx('scripts/i18nExport.ts', [], { I18N_MESSAGES_DIR: dir })
      expect({ status: exported.status, stderr: exported.stderr }).toEqual({ status: 0, stderr: '' })

      expect(readFileSync(join(dir, 'de.json'), 'utf8')).toBe(repoFile('de'))
      expect(readFileSync(join(dir, 'en.json'), 'utf8')).toBe(repoFile('en'))
      const before = repoFile('es').split('\n')
      const after = readFileSync(join(dir, 'es.json'), 'utf8').split('\n')
      expect(after).toHaveLength(before.length)
      const changedLines = after.filter((line, i) => line !== before[i])
      expect(changedLines).toEqual(['    "intro": "Diálogos digitales bilaterales: una traducción revisada.",'])
      expect(exported.stdout).toContain(`${dir}/es.json: 1 changed (Home.intro)`)

      const check = tsx('scripts/i18nCheck.ts', [], { I18N_MESSAGES_DIR: dir })
      expect(check.status).toBe(0)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('an agency file with one broken string is refused whole, naming the key; a clean one is imported as edits', async () => {
    const broken = { Home: { intro: 'Una introducción nueva.' }, Newsletter: { submit: 'Suscribirse {ahora}' } }
    const refused = await importInterfaceStrings(payload, broken, 'es')
    expect(refused.imported).toEqual([])
    expect(refused.problems).toEqual([
      { key: 'Newsletter.submit', detail: 'Placeholders must match the German text: expected none, found {ahora}.' },
    ])
    expect((await keyDoc('Home.intro')).value).toBe(spanish.Home.intro) // nothing written

    const unknown = await importInterfaceStrings(payload, { Home: { outro: 'Adiós' } }, 'es')
    expect(unknown.problems).toEqual([{ key: 'Home.outro', detail: 'unknown key (not in messages/de.json)' }])

    const clean = await importInterfaceStrings(payload, { Home: { intro: 'Una introducción nueva.' }, 'Newsletter.submit': 'Suscribirme' }, 'es')
    expect(clean.problems).toEqual([])
    expect(clean.imported.sort()).toEqual(['Home.intro', 'Newsletter.submit'])
    const intro = await keyDoc('Home.intro')
    expect(intro.value).toBe('Una introducción nueva.')
    expect(intro.origin).toBe('edited')
  })

  it('npm run i18n:import refuses a bad command line and a broken file with a non-zero exit', () => {
    expect(tsx('scripts/i18nImport.ts', ['--locale', 'xx', 'messages/es.json']).status).toBe(2)
    const dir = mkdtempSync(join(tmpdir(), 'i18n-import-'))
    try {
      writeFileSync(join(dir, 'agency.json'), JSON.stringify({ Home: { title: 'Diálogos {digitales' } }))
      const run = tsx('scripts/i18nImport.ts', [join(dir, 'agency.json'), '--locale', 'es'])
      expect(run.status).toBe(1)
      expect(run.stderr).toContain('Home.title  The text is not a valid ICU message')
      expect(run.stderr).toContain('nothing imported')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
