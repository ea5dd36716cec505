import { answerLanguage } from './language'
import { badInputMessage, type BadInput } from './messages'

// A 400 in Payload's error shape ({ errors: [{ message }] }), so the admin and API clients
// read it like any of Payload's own; never cached.
export function badInputAnswer(request: Request, problem: BadInput): Response {
  const message = badInputMessage(problem, answerLanguage(request.headers))
  return Response.json({ errors: [{ message }] }, { status: 400, headers: { 'Cache-Control': 'no-store' } })
}
