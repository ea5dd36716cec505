import { headers } from 'next/headers'
import type React from 'react'
import { settings } from '@/lib/env'
import { currentRequest } from '@/lib/log/requestContext'
import { databaseReachable, noteOutage } from './databaseState'
import { outageText, preferredLocale } from './outageText'

// Payload's admin cannot start without its database and would fail with a bare 500. Wrapped,
// its root layout shows a clear page instead, answered as 503 with Retry-After
// (lib/outage/serverPatch.ts), and is itself again as soon as the database answers.
export function withAdminOutage<Props extends { children: React.ReactNode }>(Layout: (props: Props) => React.ReactNode) {
  return async function AdminLayoutOrOutage(props: Props) {
    // Only a production server asks first: in development the first compile of /admin blocks
    // the process for seconds, the probe's short timeout ran out and a working admin showed the
    // outage page (seen in a fresh clone's `npm run dev`).
    if (settings().NODE_ENV !== 'production' || (await databaseReachable())) return Layout(props)
    noteOutage()
    const request = currentRequest()
    if (request) request.outagePage = true
    const locale = preferredLocale((await headers()).get('accept-language'))
    return (
      <html lang={locale}>
        <body style={{ fontFamily: 'system-ui, sans-serif', maxWidth: '40rem', margin: '4rem auto', padding: '0 1rem' }}>
          {/* React puts a <title> into the head wherever it is rendered. */}
          <title>{outageText(locale, 'adminTitle')}</title>
          <main>
            <h1>{outageText(locale, 'adminTitle')}</h1>
            <p>{outageText(locale, 'adminText')}</p>
          </main>
        </body>
      </html>
    )
  }
}
