import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import type { Role } from '@/access/roles'
import type { Locale } from '@/i18n/locales'
import type { User } from '@/payload-types'

export type Actor = Role | 'public'
export type TestUser = User & { collection: 'users'; password: string }

export async function createUser(payload: Payload, role: Role, locales: Locale[] = []): Promise<TestUser> {
  const password = randomBytes(12).toString('hex')
  const user = await payload.create({
    collection: 'users',
    overrideAccess: true,
    data: {
      email: `${role}-${randomBytes(4).toString('hex')}@example.org`,
      password,
      role,
      locales: role === 'translator' ? locales : [],
    },
  })
  return { ...user, collection: 'users', password }
}
