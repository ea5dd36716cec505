import { currentRequest } from './requestContext'

// Log lines are JSON (pino's shape: level, time, msg), carry the request's id, and never an
// address, a token, a password or a cookie: such fields are replaced wherever they occur, and
// addresses and token parameters are cut out of error texts (a mail server's refusal names the
// recipient, a failed query can quote a link).
export const redactedFields = ['email', 'to', 'token', 'password', 'cookie', 'authorization', 'link', 'confirmUrl', 'ip', 'rejected']
const redactPaths = [...redactedFields.flatMap((field) => [field, `*.${field}`]), 'req.headers', 'err.data', 'err.response']

export const scrub = (text: string): string =>
  text.replace(/[^\s<>"'(),;:]+@[^\s<>"'(),;:]+\.[A-Za-z]{2,}/g, '[address]').replace(/(token=)[^&\s"'<>]+/gi, '$1[redacted]')

const requestFields = () => {
  const request = currentRequest()
  return request ? { requestId: request.requestId } : {}
}

interface ErrorLike {
  name?: string
  message?: string
  stack?: string
  code?: unknown
  status?: unknown
}
const errorFields = (error: unknown) => {
  if (!error || typeof error !== 'object') return { message: scrub(String(error)) }
  const { name, message, stack, code, status } = error as ErrorLike
  return { type: name, message: scrub(String(message ?? '')), stack: stack && scrub(stack), code, status }
}

// Payload's logger (buildConfig `logger`).
export const payloadLoggerOptions = {
  options: {
    mixin: requestFields,
    redact: { paths: redactPaths, censor: '[redacted]' },
    serializers: { err: errorFields, error: errorFields },
    hooks: {
      // Plain text messages too: Payload logs some failures as strings.
      logMethod(this: unknown, args: unknown[], method: (...args: unknown[]) => void) {
        method.apply(this, args.map((arg) => (typeof arg === 'string' ? scrub(arg) : arg)))
      },
    },
  },
}

type Level = 'info' | 'warn' | 'error'
const levels: Record<Level, number> = { info: 30, warn: 40, error: 50 }

// For code that runs without a Payload instance (health checks, the outage answers).
export function logEvent(level: Level, msg: string, fields: Record<string, string | number | boolean | undefined> = {}): void {
  const safe = Object.fromEntries(
    Object.entries(fields)
      .filter(([name]) => !redactedFields.includes(name))
      .map(([name, value]) => [name, typeof value === 'string' ? scrub(value) : value]),
  )
  const line = JSON.stringify({ level: levels[level], time: Date.now(), ...requestFields(), msg: scrub(msg), ...safe })
  ;(level === 'info' ? process.stdout : process.stderr).write(`${line}\n`)
}
