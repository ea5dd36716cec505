import { currentRequest } from './requestContext'

// Log lines are JSON (pino's shape: level, time, msg), carry the request's id, and never an
// address, a token, a password or a cookie: those fields are replaced wherever they occur.
export const redactedFields = ['email', 'to', 'token', 'password', 'cookie', 'authorization', 'link', 'confirmUrl', 'ip']
const redactPaths = [...redactedFields.flatMap((field) => [field, `*.${field}`]), 'req.headers', 'err.data']

const requestFields = () => {
  const request = currentRequest()
  return request ? { requestId: request.requestId } : {}
}

// Payload's logger (buildConfig `logger`): structured in production, Payload's readable default
// elsewhere.
export const payloadLoggerOptions = {
  options: {
    mixin: requestFields,
    redact: { paths: redactPaths, censor: '[redacted]' },
  },
}

type Level = 'info' | 'warn' | 'error'
const levels: Record<Level, number> = { info: 30, warn: 40, error: 50 }

// For code that runs without a Payload instance (health checks, the outage answers).
export function logEvent(level: Level, msg: string, fields: Record<string, string | number | boolean | undefined> = {}): void {
  const safe = Object.fromEntries(Object.entries(fields).filter(([name]) => !redactedFields.includes(name)))
  const line = JSON.stringify({ level: levels[level], time: Date.now(), ...requestFields(), msg, ...safe })
  ;(level === 'info' ? process.stdout : process.stderr).write(`${line}\n`)
}
