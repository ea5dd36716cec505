import type { RequestContext } from 'payload'

// The request context of every newsletter write (passed to lib/db/inTransaction). Nothing a
// newsletter step writes is shown on readers' pages, so nothing is revalidated; its input was
// checked once, where it entered (newsletter/submitSignUp.ts, the token checks), so the
// collections' generic input guard (hooks/validateInputAtBoundary.ts) does not query again.
// `newsletterFlow` is the one key that may create subscribers and change their status
// (newsletter/doubleOptInGuard.ts): only these steps carry it.
export const newsletterWrites: RequestContext = { disableRevalidate: true, inputCheckedAtBoundary: true, newsletterFlow: true }
