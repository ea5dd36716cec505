// Run by tests with `npx tsx` in a process of its own, so that the config is loaded with the
// environment the test gives (an empty database, NODE_ENV=production), which the Jest worker's
// already-loaded config cannot. Sends one REST request through Payload's Next route handler
// and prints { status, setCookie, json } as JSON on stdout.
import config from '../../../../payload.config'
import { REST_POST } from '@payloadcms/next/routes'
import { getPayload } from 'payload'
import { closePayload } from '../../../../lib/bootstrap/closePayload'

const [path, body] = process.argv.slice(2) as [string, string]
const url = new URL(path, 'http://localhost:3000/api/')
const request = new Request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
const response = await REST_POST(config)(request, { params: Promise.resolve({ slug: url.pathname.replace(/^\/api\//, '').split('/') }) })
const result = { status: response.status, setCookie: response.headers.get('set-cookie'), json: await response.json() }
process.stdout.write(`${JSON.stringify(result)}\n`)
await closePayload(await getPayload({ config }))
process.exit(0)
