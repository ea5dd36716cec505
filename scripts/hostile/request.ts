import type { Random } from './random'

// One hostile request as the generator describes it; scripts/hostile/send.ts puts it on the wire
// byte for byte (the path is not normalised, so broken escapes reach the server as written).
export type Family = 'reader pages' | 'REST collections' | 'REST auth' | 'GraphQL' | 'newsletter' | 'admin' | 'static'

export interface HostileRequest {
  family: Family
  method: string
  path: string
  headers?: Record<string, string>
  body?: string | Buffer
  // Sent with the admin's token: hostile input from someone who is logged in.
  asAdmin?: boolean
}

// What the generators know of the seeded site: one real id and slug per collection.
export interface Known {
  ids: Record<string, number>
  slugs: Record<string, string>
}

export type Generator = (known: Known, random: Random) => HostileRequest[]

export function multipart(boundary: string, parts: string): { headers: Record<string, string>; body: string } {
  return { headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, body: parts }
}
