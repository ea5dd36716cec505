import { ValidationError, type CollectionBeforeOperationHook, type CollectionSlug } from 'payload'
import { MIN_PASSWORD_LENGTH, passwordWeakness } from '../../lib/accounts/passwordStrength'
import { adminText } from '../../i18n/adminTranslations'

// Every account holds the keys to subscriber data, so every new password meets the rule the
// first admin and `npm run admin` meet (lib/accounts/passwordStrength.ts) — also one set in the
// admin's account view, over REST or GraphQL, or through "forgot password". Payload checks
// only that a password is there; its reset-password operation hashes before any other hook.
const checkedOperations = new Set(['create', 'update', 'updateByID', 'resetPassword'])

export const refuseWeakPasswords: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (!checkedOperations.has(operation)) return
  const data = (args as { data?: { password?: unknown; email?: unknown } }).data
  if (typeof data?.password !== 'string') return
  const email = typeof data.email === 'string' ? data.email : await currentEmail(req, collection.slug, (args as { id?: unknown }).id)
  const weakness = passwordWeakness(data.password, email)
  if (!weakness) return
  const t = adminText(req)
  const message =
    weakness.kind === 'short' || weakness.kind === 'missing'
      ? t('digitaldialoge:passwordTooShort', { min: MIN_PASSWORD_LENGTH })
      : t('digitaldialoge:passwordGuessable')
  throw new ValidationError({ collection: collection.slug, errors: [{ path: 'password', message }] }, req.t)
}

// An update by id names no e-mail; the account's own is one of the words a guess tries first.
async function currentEmail(req: Parameters<CollectionBeforeOperationHook>[0]['req'], collection: CollectionSlug, id: unknown): Promise<string> {
  if (typeof id !== 'string' && typeof id !== 'number') return ''
  const user = await req.payload.db.findOne<{ id: number; email?: string }>({ collection, req, where: { id: { equals: id } } })
  return user?.email ?? ''
}
