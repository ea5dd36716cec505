// Payload's admin needs a map of the components the config names; regenerate it after
// adding one. (payload's own `generate:importmap` exits before writing on this setup.)
import { generateImportMap } from 'payload'

process.env.PAYLOAD_SECRET ||= 'offline-codegen-placeholder-000000000000'
process.env.DATABASE_URL ||= 'postgres://127.0.0.1:1/offline-codegen'
const { default: config } = await import('../payload.config')
await generateImportMap(await config, { log: true, force: true })
