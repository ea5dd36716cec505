import type { Endpoint } from 'payload'
import { accountMessage } from './accountMessages'

// Payload's POST /api/users/first-register makes whoever calls it first on an empty database
// an admin — in production too. Accounts come from the operator instead (`npm start` with
// PAYLOAD_ADMIN_*, `npm run admin -- create`, `npm run dev`). Listed before Payload's own
// endpoints, this one answers first.
export const refuseFirstRegister: Endpoint = {
  path: '/first-register',
  method: 'post',
  handler: (req) =>
    Response.json({ errors: [{ message: accountMessage(req, 'firstRegisterClosed') }] }, { status: 403, headers: { 'Cache-Control': 'no-store' } }),
}
