// Part of `npm run build`: the page readers get when a page cannot be rendered because the
// database is away, as static HTML per language (components/outage/OutageDocument.tsx) —
// rendered by React here, outside Next, so its texts are escaped by construction.
import { mkdirSync, writeFileSync } from 'node:fs'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { OutageDocument } from '../components/outage/OutageDocument'
import { locales } from '../i18n/locales'
import { outagePageFile, outagePagesDir } from '../lib/outage/outagePages'
import de from '../messages/de.json' with { type: 'json' }
import en from '../messages/en.json' with { type: 'json' }
import es from '../messages/es.json' with { type: 'json' }

// The release's message files: translators' edits live in the database that is then away.
const files = { de, es, en }

mkdirSync(outagePagesDir(), { recursive: true })
for (const locale of locales) {
  const { title, text, home } = files[locale].Error
  const html = `<!DOCTYPE html>${renderToStaticMarkup(createElement(OutageDocument, { locale, text: { title, text, home } }))}`
  writeFileSync(outagePageFile(locale), html)
}
console.log(`outage pages written to ${outagePagesDir()} (${locales.join(', ')})`)
