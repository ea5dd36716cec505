import { randomBytes } from 'node:crypto'
import type { Payload, SanitizedConfig } from 'payload'
import { handleEndpoints } from 'payload'

// A domain of its own too: the per-domain budget (NEWSLETTER_LIMIT_PER_DOMAIN) is shared by the run.
export const uniqueAddress = (prefix = 'reader') => `${prefix}-${randomBytes(4).toString('hex')}@d${randomBytes(3).toString('hex')}.example.org`
export const uniqueIp = () => `10.${[0, 0, 0].map(() => Math.floor(Math.random() * 250) + 1).join('.')}`

interface Call {
  json?: unknown
  form?: Record<string, string | string[]>
  body?: string
  // The TCP peer; the app's server appends it to X-Forwarded-For (lib/http/recordSocketAddress.ts).
  ip?: string
  // What the client (or a proxy) sent as X-Forwarded-For.
  forwardedFor?: string
  headers?: Record<string, string>
  auth?: string
}

// Requests go through Payload's REST handler, exactly as the Next route passes them on.
export function restClient(config: Promise<SanitizedConfig>, key: string) {
  return async function call(method: string, path: string, options: Call = {}): Promise<Response> {
    const headers = new Headers(options.headers)
    const peer = options.ip ?? uniqueIp()
    headers.set('x-forwarded-for', options.forwardedFor ? `${options.forwardedFor}, ${peer}` : peer)
    let body: string | undefined = options.body
    if (options.json !== undefined) {
      headers.set('content-type', 'application/json')
      body = JSON.stringify(options.json)
    } else if (options.form) {
      headers.set('content-type', 'application/x-www-form-urlencoded')
      const params = new URLSearchParams()
      for (const [name, value] of Object.entries(options.form)) for (const item of [value].flat()) params.append(name, item)
      body = params.toString()
    }
    if (options.auth) headers.set('authorization', options.auth)
    const request = new Request(new URL(path, 'http://localhost:3000'), { method, headers, body })
    return handleEndpoints({ config, request, payloadInstanceCacheKey: key })
  }
}

export async function subscriberByEmail(payload: Payload, email: string) {
  const { docs } = await payload.find({
    collection: 'subscribers',
    where: { email: { equals: email } },
    overrideAccess: true,
    depth: 0,
    pagination: false,
  })
  return docs
}

export const tokenIn = (link: string) => new URL(link).searchParams.get('token') ?? ''

export const linkFrom = (body: string, path: string) => {
  const match = new RegExp(`https?://[^\\s"<>]*${path.replace(/\//g, '\\/')}\\?[^\\s"<>]+`).exec(body)
  if (!match) throw new Error(`no ${path} link in mail`)
  return match[0].replace(/&amp;/g, '&')
}

// The mail transport is read from SMTP_URL when the config loads, so the config is imported
// only after the in-process SMTP server (smtpInbox.ts) is listening.
export async function payloadSendingTo(smtpUrl: string, name: string) {
  process.env.SMTP_URL = smtpUrl
  const { rereadSettings } = await import('@/lib/env')
  rereadSettings()
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  const key = `${name}-${Math.random()}`
  const payload = await getPayload({ config, key })
  return { payload, api: restClient(config as unknown as Promise<SanitizedConfig>, key) }
}
