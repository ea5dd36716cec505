import { removeTestDatabase } from './testDatabase'

export default async function globalTeardown() {
  const db = globalThis.__testDatabase
  if (db) await removeTestDatabase(db)
}
