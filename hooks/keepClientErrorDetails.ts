import type { AfterErrorHook } from 'payload'

interface ClientError {
  status?: number
  isPublic?: boolean
  message: string
  data?: { errors?: unknown[] }
}

// In the production bundle Payload's error formatter loses what a client error says: its
// `instanceof ValidationError` check fails (the class exists twice), so a 400 lost the list of
// fields and messages and said only "invalid field"; and the minified classes have no `name`,
// so every other refusal (403, 409 …) came out as "An unknown error occurred.". A client
// error's message is meant for the client: put it back.
export const keepClientErrorDetails: AfterErrorHook = ({ error, result }) => {
  const { status, isPublic, message, data } = error as ClientError
  if (!result || !status || status >= 500 || isPublic === false || !message) return
  if (Array.isArray(data?.errors)) return { response: { errors: [{ name: 'ValidationError', message, data }] } }
  return { response: { errors: [{ message }] } }
}
