import { readEnv } from '@/lib/env'

// Absolute addresses for canonical, hreflang, Open Graph and the sitemap.
export const siteUrl = (): string => readEnv().SITE_URL.replace(/\/$/, '')
export const absoluteUrl = (path: string): string => `${siteUrl()}${path}`
