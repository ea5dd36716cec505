import type { Payload } from 'payload'
import { createAccount, parseNewAccount } from '../accounts/createAccount'
import { weakPasswordReason } from '../accounts/passwordStrength'
import { ConfigurationError, type Env } from '../env'

// Production has no "create first user" page (POST /api/users/first-register is refused: the
// first visitor of an empty site would become admin). The operator names the first admin in
// the environment instead; once any account exists, these settings are not read again.
export async function ensureFirstAdmin(payload: Payload, env: Env): Promise<string | null> {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return null
  if (!env.PAYLOAD_ADMIN_EMAIL) {
    throw new ConfigurationError(
      'The database has no user account yet. Set PAYLOAD_ADMIN_EMAIL and PAYLOAD_ADMIN_PASSWORD ' +
        '(at least 12 characters, not easy to guess) for the first admin, or create one with ' +
        '`npm run admin -- create --email you@example.org --role admin`.',
    )
  }
  const account = parseNewAccount({ email: env.PAYLOAD_ADMIN_EMAIL, role: 'admin' })
  const weak = weakPasswordReason(env.PAYLOAD_ADMIN_PASSWORD, account.email)
  if (weak) throw new ConfigurationError(`PAYLOAD_ADMIN_PASSWORD cannot protect the first admin: ${weak}.`)
  try {
    await createAccount(payload, account, env.PAYLOAD_ADMIN_PASSWORD)
  } catch (error) {
    // Two instances starting at once on an empty database: the other one made the admin.
    const { totalDocs: now } = await payload.count({ collection: 'users', overrideAccess: true })
    if (now > 0) return null
    throw error
  }
  return account.email
}
