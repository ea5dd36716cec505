import type { AfterErrorHook } from 'payload'

interface ClientError {
  status?: number
  name?: string
  message: string
  data?: { errors?: unknown[] }
}

// In the production bundle Payload's error formatter fails its `instanceof ValidationError`
// check (the class exists twice), so a 400 lost the list of fields and messages and said only
// "invalid field". A client error's details are meant for the client: put them back.
export const keepClientErrorDetails: AfterErrorHook = ({ error, result }) => {
  const { status, message, data } = error as ClientError
  if (!result || !status || status >= 500 || !Array.isArray(data?.errors)) return
  return { response: { errors: [{ name: 'ValidationError', message, data }] } }
}
