import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'

export interface CreatedAdmin {
  email: string
  // Set only when we generated it: it is shown once and never stored in clear.
  generatedPassword?: string
}

export async function ensureAdmin(payload: Payload, env: NodeJS.ProcessEnv): Promise<CreatedAdmin | null> {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return null
  const email = env.PAYLOAD_ADMIN_EMAIL?.trim() || 'admin@example.com'
  const given = env.PAYLOAD_ADMIN_PASSWORD
  const password = given || randomBytes(18).toString('base64url')
  await payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email, password, name: 'Administration', role: 'admin' },
  })
  return { email, generatedPassword: given ? undefined : password }
}
