import { settings } from '@/lib/env'

// Absolute addresses for canonical, hreflang, Open Graph and the sitemap.
export const siteUrl = (): string => settings().SITE_URL.replace(/\/$/, '')
export const absoluteUrl = (path: string): string => `${siteUrl()}${path}`
