import type { Endpoint, PayloadHandler } from 'payload'
import { hasRole } from '../../access/roles'
import { confirmedSubscribersCsv } from '../confirmedCsv'
import { eraseSubscriber, exportSubscriberData } from '../dataRights'

// Admin-only: GET /api/subscribers/:id/export (JSON download), POST /api/subscribers/:id/erase,
// GET /api/subscribers/confirmed-csv (the confirmed subscribers with their consent dates).
// The admin's buttons call them (components/admin/SubscriberDataButtons.tsx, ConfirmedSubscribersCsv.tsx).
const adminOnly =
  (handler: (id: number, ...args: Parameters<PayloadHandler>) => Promise<Response>): PayloadHandler =>
  async (req) => {
    if (!hasRole(req.user, 'admin')) return Response.json({ error: 'forbidden' }, { status: 403 })
    const id = Number(req.routeParams?.id)
    if (!Number.isSafeInteger(id) || id <= 0) return Response.json({ error: 'not-found' }, { status: 404 })
    return handler(id, req)
  }

export const subscriberDataEndpoints: Endpoint[] = [
  {
    path: '/confirmed-csv',
    method: 'get',
    handler: async (req) => {
      if (!hasRole(req.user, 'admin')) return Response.json({ error: 'forbidden' }, { status: 403 })
      const day = new Date().toISOString().slice(0, 10)
      return new Response(await confirmedSubscribersCsv(req.payload), {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="confirmed-subscribers-${day}.csv"`,
          'Cache-Control': 'no-store',
        },
      })
    },
  },
  {
    path: '/:id/export',
    method: 'get',
    handler: adminOnly(async (id, req) => {
      const data = await exportSubscriberData(req.payload, id)
      if (!data) return Response.json({ error: 'not-found' }, { status: 404 })
      return Response.json(data, {
        headers: { 'Content-Disposition': `attachment; filename="subscriber-${id}.json"`, 'Cache-Control': 'no-store' },
      })
    }),
  },
  {
    path: '/:id/erase',
    method: 'post',
    handler: adminOnly(async (id, req) => {
      const erased = await eraseSubscriber(req.payload, id)
      return Response.json({ erased }, { status: erased ? 200 : 404 })
    }),
  },
]
