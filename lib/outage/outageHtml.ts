import type { Locale } from '@/i18n/locales'

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!)

// A route handler cannot render React to HTML (Next refuses react-dom/server in the server
// layer), so this one page for browsers is a template; every text in it is escaped.
export const outageHtml = (locale: Locale, message: string, home: string) =>
  `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="robots" content="noindex">` +
  `<title>${escapeHtml(message)}</title></head><body><main><h1 role="alert">${escapeHtml(message)}</h1>` +
  `<p><a href="/${locale}">${escapeHtml(home)}</a></p></main></body></html>`
