import { base } from './browser'

// REST as the seeded admin (scripts/e2e.ts sets the login), with the JWT header.
export async function adminHeaders(): Promise<Record<string, string>> {
  const login = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: process.env.PAYLOAD_ADMIN_EMAIL, password: process.env.PAYLOAD_ADMIN_PASSWORD }),
  })
  if (login.status !== 200) throw new Error(`admin login failed: ${login.status}`)
  const { token } = (await login.json()) as { token: string }
  return { authorization: `JWT ${token}` }
}

export async function seededDialogueId(headers: Record<string, string>): Promise<number> {
  const found = await fetch(`${base}/api/dialogues?where[slug][equals]=mexiko&depth=0&locale=de`, { headers })
  const { docs } = (await found.json()) as { docs: { id: number }[] }
  if (!docs[0]) throw new Error('seeded dialogue not found')
  return docs[0].id
}

// Polls a page until its HTML passes the check (revalidation is on save, the render on demand).
export async function waitForHtml(path: string, check: (html: string) => boolean, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs
  let html = ''
  while (Date.now() < deadline) {
    html = await (await fetch(base + path)).text()
    if (check(html)) return html
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`${path} did not change within ${timeoutMs} ms`)
}
