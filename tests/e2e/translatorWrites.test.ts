import { randomBytes } from 'node:crypto'
import { adminHeaders, seededDialogueId } from './support/adminApi'
import { base } from './support/browser'

// The calls that, against a production build, unpublished the Mexico dialogue or were refused
// with "An unknown error occurred": now a translator's write is a draft, a refusal says why.
const pages = ['/de/dialoge/mexiko', '/es/dialogos/mexico', '/en/dialogues/mexico']

let translator: Record<string, string>
let dialogueId: number
beforeAll(async () => {
  const admin = await adminHeaders()
  const email = `translator-${randomBytes(4).toString('hex')}@example.org`
  const password = randomBytes(12).toString('hex')
  const created = await fetch(`${base}/api/users`, {
    method: 'POST',
    headers: { ...admin, 'content-type': 'application/json' },
    body: JSON.stringify({ email, password, role: 'translator', locales: ['es'] }),
  })
  expect(created.status).toBe(201)
  const login = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const { token } = (await login.json()) as { token: string }
  translator = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
  dialogueId = await seededDialogueId(admin)
})

const patch = (query: string, body: unknown, language = 'es') =>
  fetch(`${base}/api/dialogues/${dialogueId}?${query}`, {
    method: 'PATCH',
    headers: { ...translator, 'accept-language': language },
    body: JSON.stringify(body),
  })

async function expectPagesPublished() {
  for (const path of pages) expect([path, (await fetch(base + path)).status]).toEqual([path, 200])
  const publicRead = await fetch(`${base}/api/dialogues/${dialogueId}?locale=es&depth=0`)
  expect(publicRead.status).toBe(200)
  expect(((await publicRead.json()) as { title: string }).title).not.toMatch(/^Borrador/)
}

test('a translator sending {"_status":"draft"} without ?draft=true leaves the dialogue published in every language', async () => {
  const response = await patch('locale=es', { _status: 'draft' })
  expect(response.status).toBe(200)
  await expectPagesPublished()
})

test('a translator’s new Spanish title without ?draft=true is saved as a draft, not refused', async () => {
  const response = await patch('locale=es', { title: 'Borrador de traducción' })
  expect(response.status).toBe(200)
  await expectPagesPublished()
})

test('a translator who asks to publish is refused with a reason in their language', async () => {
  const spanish = await patch('locale=es&draft=true', { _status: 'published' }, 'es')
  expect(spanish.status).toBe(403)
  const text = JSON.stringify(await spanish.json())
  expect(text).toMatch(/borrador/i)
  expect(text).not.toMatch(/unknown error/i)
  const english = await patch('locale=es', { _status: 'published' }, 'en')
  expect(english.status).toBe(403)
  expect(JSON.stringify(await english.json())).toMatch(/draft/i)
  await expectPagesPublished()
})

test('a translator cannot restore a version, and is told why', async () => {
  const versions = await fetch(`${base}/api/dialogues/versions?where[parent][equals]=${dialogueId}&limit=1&sort=createdAt`, { headers: translator })
  const { docs } = (await versions.json()) as { docs: { id: string }[] }
  expect(docs[0]).toBeDefined()
  const restore = await fetch(`${base}/api/dialogues/versions/${docs[0]!.id}?locale=es`, {
    method: 'POST',
    headers: { ...translator, 'accept-language': 'de' },
  })
  expect(restore.status).toBe(403)
  const text = JSON.stringify(await restore.json())
  expect(text).toMatch(/Redaktion/)
  await expectPagesPublished()
})
