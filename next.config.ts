import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'
import { localizedRedirects, localizedRewrites } from './i18n/localizedAddresses'
import { securityHeaderRules } from './lib/http/securityHeaders'

const withNextIntl = createNextIntlPlugin('./i18n/request.ts')

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Next hashes the whole HTML for an ETag on every response, cache hits included: a quarter of
  // the server's CPU per cached page in a profile (npm run bench:pages). Pages carry s-maxage
  // only, so browsers lose a 304 (the page is ~10 kB gzipped); a CDN revalidates on its own.
  generateEtags: false,
  // `npm run typecheck` checks the whole project (tests included) in CI; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  // The Docker image runs Next's standalone server; everywhere else `next start` is used.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  // Fixed into the build: lib/content/reader.ts keys its data-cache entries with it.
  env: { CONTENT_CACHE_BUILD: process.env.CONTENT_CACHE_BUILD ?? new Date().toISOString() },
  // Localized addresses (/de/dialoge/…) map onto the app/ folders here, not in the proxy.
  rewrites: async () => ({ beforeFiles: localizedRewrites(), afterFiles: [], fallback: [] }),
  redirects: async () => localizedRedirects(),
  // No page uses next/image; its optimizer answered a 500 for ?url=/../../etc/passwd. Only
  // media files may be optimized.
  images: { localPatterns: [{ pathname: '/api/media/file/**' }] },
  experimental: {
    turbopackFileSystemCacheForBuild: false,
    // Server actions: the newsletter sign-up (an address and a few ids) and Payload's admin,
    // whose server functions send a whole document's form state: the JSON API's limit
    // (lib/http/requestBodyLimit.ts), not Next's 1 MB default.
    serverActions: { bodySizeLimit: '2mb' },
  },
}

const config = withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })

// Payload asks every response for the colour-scheme client hint (its admin theme) with
// Critical-CH, which makes Chromium load a reader's first page twice. Only the admin needs it.
const isPayloadHintRule = (rule: { headers: { key: string }[] }) => rule.headers.some((header) => header.key === 'Critical-CH')
const payloadHeaders = config.headers
config.headers = async () => [
  ...((await payloadHeaders?.()) ?? []).map((rule) =>
    rule.source === '/:path*' && isPayloadHintRule(rule) ? { ...rule, source: '/admin/:path*' } : rule,
  ),
  // Fixed when the build runs (Next writes headers into its routes manifest), like NODE_ENV.
  ...securityHeaderRules(process.env.NODE_ENV === 'production'),
]

export default config
