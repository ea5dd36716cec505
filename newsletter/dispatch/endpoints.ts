import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'
import { z } from 'zod'
import { hasRole, type Role } from '../../access/roles'
import { locales } from '../../i18n/locales'
import { inTransaction } from '../../lib/db/inTransaction'
import { requireSecret, settings } from '../../lib/env'
import { enqueueMail } from '../../lib/mail/outbox/enqueueMail'
import { mailTranslator } from '../../lib/mail/render/mailTranslator'
import { renderMail } from '../../lib/mail/render/renderMail'
import { composeIssueMail, testReaderId } from '../mails/issueMail'
import { audienceSummary, deliveryProgress } from './summary'

const idParam = z.coerce.number().int().positive().max(2 ** 31 - 1)
// `language`, not `locale`: Payload reads `?locale=` itself for the request's content locale.
const languageInput = z.object({ language: z.enum(locales).default('de') })

// Staff only, by role; the id checked before anything reads it. Answers are JSON, never cached.
const forRoles =
  (roles: Role[], handler: (id: number, req: PayloadRequest) => Promise<Response>): PayloadHandler =>
  async (req) => {
    if (!hasRole(req.user, ...roles)) return Response.json({ error: 'forbidden' }, { status: req.user ? 403 : 401 })
    const id = idParam.safeParse(req.routeParams?.id)
    if (!id.success) return Response.json({ error: 'not-found' }, { status: 404 })
    return handler(id.data, req)
  }

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })
const notFound = () => json({ error: 'not-found' }, 404)

// The admin's dispatch panel (components/admin/IssueDispatchPanel.tsx) reads these:
//   GET  /api/newsletter-issues/:id/summary    who gets which language, which fall back to German
//   GET  /api/newsletter-issues/:id/progress   sent / pending / failed while it runs
//   GET  /api/newsletter-issues/:id/preview?language=es   the real mail, rendered
//   POST /api/newsletter-issues/:id/test-send  the mail to the editor's own address (via the outbox)
// Sending, pausing and resuming are status changes through the collection's own update.
export const issueEndpoints: Endpoint[] = [
  {
    path: '/:id/summary',
    method: 'get',
    handler: forRoles(['admin', 'editor'], async (id, req) => {
      const summary = await audienceSummary(req.payload, id)
      return summary ? json(summary) : notFound()
    }),
  },
  {
    path: '/:id/progress',
    method: 'get',
    handler: forRoles(['admin', 'editor'], async (id, req) => {
      const progress = await deliveryProgress(req.payload, id)
      return progress ? json(progress) : notFound()
    }),
  },
  {
    path: '/:id/preview',
    method: 'get',
    handler: forRoles(['admin', 'editor', 'translator'], async (id, req) => {
      const query = languageInput.safeParse(Object.fromEntries(new URL(req.url ?? 'http://x').searchParams))
      if (!query.success) return json({ error: 'invalid-language' }, 400)
      const locale = query.data.language
      const t = await mailTranslator(req.payload, locale)
      const context = { payload: req.payload, locale, t, siteUrl: settings().SITE_URL, secret: requireSecret(), props: { issueId: id, subscriberId: testReaderId } }
      const composed = await composeIssueMail(context, 'reader@example.org')
      if (!composed) return notFound()
      const { subject, html, text } = await renderMail(composed, context)
      return json({ subject, html, text })
    }),
  },
  {
    path: '/:id/test-send',
    method: 'post',
    handler: forRoles(['admin', 'editor'], async (id, req) => {
      const body = languageInput.safeParse(await req.json?.().catch(() => ({})))
      if (!body.success) return json({ error: 'invalid-language' }, 400)
      const exists = await req.payload.count({ collection: 'newsletter-issues', where: { id: { equals: id } }, overrideAccess: true })
      if (exists.totalDocs === 0) return notFound()
      const to = String(req.user!.email)
      await inTransaction(req.payload, (tx) => enqueueMail(tx, { template: 'newsletter-issue-test', locale: body.data.language, props: { issueId: id }, to }))
      return json({ queued: true, to }, 202)
    }),
  },
]
