/**
 * @jest-environment node
 */
import { locales } from '@/i18n/locales'
import { localizedRedirects, localizedRewrites } from '@/i18n/localizedAddresses'
import { config } from '@/proxy'

// Next's matcher semantics: the pattern must match the whole path.
const proxyRuns = (path: string) => config.matcher.some((pattern) => new RegExp(`^${pattern}$`).test(path))

describe('localized addresses without the proxy', () => {
  it('map each locale’s address onto the app/ folder', () => {
    expect(localizedRewrites()).toContainEqual({ source: '/de/dialoge/:slug', destination: '/de/dialogues/:slug' })
    expect(localizedRewrites()).toContainEqual({ source: '/es/dialogos/:slug/sesiones', destination: '/es/dialogues/:slug/sessions' })
    // English addresses are the folder names already.
    expect(localizedRewrites().filter((rule) => rule.source.startsWith('/en/'))).toEqual([])
  })

  it("send another locale's address, or the folder name, to the locale's own address", () => {
    expect(localizedRedirects()).toContainEqual({ source: '/es/dialoge/:slug', destination: '/es/dialogos/:slug', permanent: false })
    expect(localizedRedirects()).toContainEqual({ source: '/de/topics/:slug', destination: '/de/themen/:slug', permanent: false })
    const sources = new Set(localizedRewrites().map((rule) => rule.source))
    expect(localizedRedirects().filter((rule) => sources.has(rule.source))).toEqual([])
  })

  it('leave the proxy to "/" and addresses without a locale, for every locale in i18n/locales.ts', () => {
    expect(proxyRuns('/')).toBe(true)
    expect(proxyRuns('/dialoge/mexiko')).toBe(true)
    for (const locale of locales) {
      expect([locale, proxyRuns(`/${locale}`)]).toEqual([locale, false])
      expect([locale, proxyRuns(`/${locale}/dialoge/mexiko`)]).toEqual([locale, false])
    }
    expect(proxyRuns('/api/media')).toBe(false)
    expect(proxyRuns('/admin')).toBe(false)
    expect(proxyRuns('/favicon.ico')).toBe(false)
    expect(proxyRuns('/design')).toBe(true)
  })
})
