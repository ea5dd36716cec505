import { request as httpRequest, Agent } from 'node:http'
import type { HostileRequest } from './request'

export interface Answer {
  status: number
  body: string
  contentType: string
}

// Node refuses to put spaces, control and non-Latin-1 characters on the request line; they go
// as UTF-8 escapes. Everything else, broken escapes included, is sent as the generator wrote it.
const wirePath = (path: string) => path.replace(/[^\u0021-\u007e]/gu, (character) => encodeURIComponent(character))

// node:http, not fetch: fetch would normalise the path and refuse some methods and bodies.
// Bounded in count (the list) and in time (a timeout per request); loopback only.
export function sender(base: URL, token: string | null) {
  const agent = new Agent({ keepAlive: true, maxSockets: 8 })
  const send = (hostile: HostileRequest, timeoutMs = 20_000): Promise<Answer> =>
    new Promise((resolve) => {
      const headers: Record<string, string | number> = { ...hostile.headers }
      if (hostile.asAdmin && token) headers.authorization = `JWT ${token}`
      if (hostile.body !== undefined) headers['content-length'] = Buffer.byteLength(hostile.body)
      const outgoing = httpRequest(
        { host: base.hostname, port: base.port, method: hostile.method, path: wirePath(hostile.path), headers, agent, timeout: timeoutMs },
        (response) => {
          const chunks: Buffer[] = []
          response.on('data', (chunk: Buffer) => chunks.push(chunk))
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              body: Buffer.concat(chunks).toString('utf8'),
              contentType: String(response.headers['content-type'] ?? ''),
            }),
          )
          response.on('error', (error) => resolve({ status: 0, body: String(error), contentType: '' }))
        },
      )
      outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer within ${timeoutMs} ms`)))
      outgoing.on('error', (error) => resolve({ status: 0, body: String(error), contentType: '' }))
      if (hostile.body !== undefined) outgoing.write(hostile.body)
      outgoing.end()
    })
  return { send, close: () => agent.destroy() }
}

// Runs `work` over `items` with at most `parallel` at once, in order of the list.
export async function inParallel<T, R>(items: T[], parallel: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const lanes = Array.from({ length: parallel }, async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index])
    }
  })
  await Promise.all(lanes)
  return results
}
