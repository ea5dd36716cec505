// `npm run admin -- create --email x@example.org --role admin [--locales es,en]`: creates an
// account from the command line, e.g. the first admin of a production database. The password
// comes from NEW_ACCOUNT_PASSWORD or stdin, never from the arguments.
import { parseArgs } from 'node:util'
import { createAccount, parseNewAccount } from '../lib/accounts/createAccount'
import { withCliPayload } from '../lib/bootstrap/cliPayload'
import { failAndExit } from '../lib/bootstrap/fail'
import { readPasswordInput } from '../lib/bootstrap/readPasswordInput'
import { ConfigurationError, settings } from '../lib/env'

const usage = 'usage: npm run admin -- create --email <address> --role admin|editor|translator [--locales es,en]'

try {
  const { values, positionals } = parseArgs({
    options: { email: { type: 'string' }, role: { type: 'string' }, locales: { type: 'string' }, password: { type: 'string' } },
    allowPositionals: true,
  })
  if (values.password !== undefined) {
    throw new ConfigurationError('A password on the command line ends up in shell history and `ps`: pipe it to stdin or set NEW_ACCOUNT_PASSWORD.')
  }
  if (positionals.join(' ') !== 'create') throw new ConfigurationError(usage)
  const account = parseNewAccount({ email: values.email, role: values.role, locales: values.locales?.split(',').map((code) => code.trim()) })
  const password = settings().NEW_ACCOUNT_PASSWORD ?? (await readPasswordInput(`Password for ${account.email}: `))
  await withCliPayload((payload) => createAccount(payload, account, password))
  console.log(`created the ${account.role} account ${account.email}`)
  process.exit(0)
} catch (error) {
  // parseArgs rejects unknown options with an error whose message names them.
  const badArguments = String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')
  await failAndExit(badArguments ? new ConfigurationError(`${(error as Error).message}\n${usage}`) : error)
}
