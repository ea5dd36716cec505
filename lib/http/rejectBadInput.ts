import { badInputAnswer } from './badInputAnswer'
import { queryProblem } from './queryLimits'
import type { RouteHandler } from './routeHandler'
import { bodyProblem } from './unreadableBody'

// Wraps Payload's REST and GraphQL route handlers: a query past the limits (lib/http/queryLimits)
// or a body that does not parse is answered 400 in the client's language before Payload reads
// it. A client error Payload throws instead of answering (GraphQL's body parsing does) becomes
// its 4xx. Anything else is left to Next and to the wrappers around this one. Payload's 501 for a collection without REST
// endpoints (payload-migrations) is a route that does not exist: 404.
export function rejectBadInput<Args extends unknown[]>(handler: RouteHandler<Args>): RouteHandler<Args> {
  return async (request, ...args) => {
    const problem = queryProblem(new URL(request.url).searchParams, request.method.toUpperCase()) ?? (await bodyProblem(request))
    if (problem) return badInputAnswer(request, problem)
    let response: Response
    try {
      response = await handler(request, ...args)
    } catch (error) {
      const status = clientStatusOf(error)
      if (!status) throw error
      return Response.json({ errors: [{ message: (error as Error).message }] }, { status, headers: { 'Cache-Control': 'no-store' } })
    }
    return response.status === 501 ? new Response(response.body, { status: 404, headers: response.headers }) : response
  }
}

function clientStatusOf(error: unknown): number | null {
  const status = (error as { status?: unknown }).status
  return typeof status === 'number' && status >= 400 && status < 500 ? status : null
}
