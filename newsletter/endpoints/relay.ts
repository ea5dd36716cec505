import type { Endpoint, PayloadHandler } from 'payload'
import { settings } from '../../lib/env'
import { relayReportSchema } from '../relaySchema'
import { relaySignatureValid } from '../relaySignature'
import { applyRelayEvents } from '../suppression'

// POST /api/newsletter/relay-events: the mail relay's bounce and complaint reports, signed with
// MAIL_RELAY_SECRET (newsletter/relaySignature.ts). Every bad request is a 4xx with a code, never
// a partial write: the signature is checked first, then the whole body, then events are applied.
const MAX_BODY_BYTES = 256 * 1024

const answer = (body: unknown, status: number) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

const relayEventsHandler: PayloadHandler = async (req) => {
  const secret = settings().MAIL_RELAY_SECRET
  // Without a secret no report can be authenticated: the endpoint does not exist.
  if (!secret) return answer({ error: 'not-found' }, 404)
  if (Number(req.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) return answer({ error: 'too-large' }, 413)
  const body = req.text ? await req.text() : ''
  if (Buffer.byteLength(body) > MAX_BODY_BYTES) return answer({ error: 'too-large' }, 413)
  const signed = relaySignatureValid(
    secret,
    { timestamp: req.headers.get('x-relay-timestamp'), signature: req.headers.get('x-relay-signature') },
    body,
  )
  if (!signed) return answer({ error: 'unauthorized' }, 401)
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch {
    return answer({ error: 'invalid', issues: [{ path: '', message: 'body is not JSON' }] }, 400)
  }
  const report = relayReportSchema.safeParse(json)
  if (!report.success) {
    const issues = report.error.issues.slice(0, 20).map((issue) => ({ path: issue.path.join('.'), message: issue.message }))
    return answer({ error: 'invalid', issues }, 400)
  }
  return answer(await applyRelayEvents(req.payload, report.data.events), 200)
}

export const relayEndpoints: Endpoint[] = [{ path: '/newsletter/relay-events', method: 'post', handler: relayEventsHandler }]
