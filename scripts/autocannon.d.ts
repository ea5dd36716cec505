// autocannon ships no types; only what scripts/benchSignup.ts uses.
declare module 'autocannon' {
  interface Request {
    method?: string
    path?: string
    headers?: Record<string, string>
    body?: string
  }
  interface Options {
    url: string
    connections: number
    amount: number
    // `context`: one object per connection, the same one its client holds (Client below).
    requests: Array<{ method: string; path: string; setupRequest: (request: Request, context: Record<string, unknown>) => Request }>
  }
  interface Histogram {
    average: number
    p50: number
    p99: number
    max: number
  }
  interface Result {
    duration: number
    requests: Histogram & { total: number }
    latency: Histogram
    non2xx: number
    errors: number
    timeouts: number
    statusCodeStats: Record<string, { count: number }>
  }
  interface Client {
    requestIterator: { context: Record<string, unknown> }
  }
  interface Instance {
    on(event: 'response', listener: (client: Client, statusCode: number, bytes: number, responseTimeMs: number) => void): Instance
  }
  function autocannon(options: Options): Promise<Result>
  function autocannon(options: Options, done: (error: Error | null, result: Result) => void): Instance
  export type { Result }
  export default autocannon
}
