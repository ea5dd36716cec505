// A Next route handler as Payload's route factories return it; the wrappers in lib/http and
// lib/outage take and give this shape, so they compose in any order.
export type RouteHandler<Args extends unknown[] = unknown[]> = (request: Request, ...args: Args) => Promise<Response> | Response
