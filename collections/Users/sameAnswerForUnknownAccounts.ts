import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'
import type { CollectionBeforeOperationHook } from 'payload'

// Payload answers a login for an unknown e-mail before it hashes the password, and that is
// hundreds of milliseconds faster than a wrong password for a known one: the timing told
// which addresses have an account. For an unknown address, hash the password the same way
// Payload does (its current parameters: pbkdf2-sha256, 600,000 iterations, 32 bytes — see
// payload/dist/auth/strategies/local/generatePasswordSaltHash.js) and let Payload give its
// usual answer. The answer's body and status are Payload's, the same for both.
const hashLikePayload = promisify(pbkdf2)
const iterations = 600_000
const keyLength = 32
const dummySalt = randomBytes(32).toString('hex')

export const sameAnswerForUnknownAccounts: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation !== 'login') return
  const { email, password } = (args as { data?: { email?: unknown; password?: unknown } }).data ?? {}
  if (typeof email !== 'string' || typeof password !== 'string' || !email.trim() || !password.trim()) return
  const user = await req.payload.db.findOne({
    collection: collection.slug,
    req,
    select: { id: true },
    where: { email: { equals: email.toLowerCase().trim() } },
  })
  if (!user) await hashLikePayload(password, dummySalt, iterations, keyLength, 'sha256')
}
