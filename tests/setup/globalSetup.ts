import { randomBytes } from 'node:crypto'
import { createTestDatabase, migrateTestDatabase, type TestDatabase } from './testDatabase'

declare global {
  var __testDatabase: TestDatabase | undefined
}

export default async function globalSetup(globalConfig: { selectProjects?: string[] | null }) {
  const projects = globalConfig.selectProjects
  if (projects && !projects.includes('integration')) return
  const secret = randomBytes(32).toString('hex')
  const db = await createTestDatabase(process.env.DATABASE_URL)
  migrateTestDatabase(db.url, secret)
  globalThis.__testDatabase = db
  // Workers start after this and inherit the environment.
  process.env.DATABASE_URL = db.url
  process.env.PAYLOAD_SECRET = secret
}
