import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'
import { retryAfterHeader } from '../newsletter/signUpAnswer'
import { feedbackAnswerBody } from './answer'
import { feedbackEndpointPath } from './links'
import { fromFormData } from './schema'
import { submitFeedback } from './submitFeedback'

// POST /api/accessibility/feedback: the form's action (works without JavaScript: a 303 to the
// thanks page or back to the form with the codes of what went wrong), and JSON for a fetch.
const siteOrigin = (req: PayloadRequest) => req.payload.config.serverURL || new URL(req.url ?? 'http://localhost').origin
const wantsJson = (req: PayloadRequest) => (req.headers.get('content-type') ?? '').includes('application/json')

async function feedbackInput(req: PayloadRequest): Promise<unknown> {
  const body = req.text ? await req.text() : ''
  if (!wantsJson(req)) return fromFormData(new URLSearchParams(body))
  try {
    return JSON.parse(body || 'null')
  } catch {
    return null
  }
}

const feedbackHandler: PayloadHandler = async (req) => {
  const answer = await submitFeedback(req.payload, await feedbackInput(req), req.headers)
  const headers = { 'Cache-Control': 'no-store', ...retryAfterHeader(answer) }
  if (wantsJson(req)) return Response.json(feedbackAnswerBody(answer), { status: answer.httpStatus, headers })
  return new Response(null, { status: 303, headers: { Location: new URL(answer.page, siteOrigin(req)).toString(), ...headers } })
}

export const accessibilityEndpoints: Endpoint[] = [
  { path: feedbackEndpointPath.replace(/^\/api/, ''), method: 'post', handler: feedbackHandler },
]
