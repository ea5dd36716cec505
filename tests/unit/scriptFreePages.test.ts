import type http from 'node:http'
import { isScriptFreePath, withoutNextRuntime } from '@/lib/http/scriptFreePages'

// The head and the end of a dialogue page as `next start` sends it (Next 16.4, Turbopack), cut short.
const page = [
  '<!DOCTYPE html><html lang="de"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/3trdv8i3dvkxv.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/398c2d76j7v7d.js"/>',
  '<script src="/_next/static/chunks/0637v33xsjp-6.js" async=""></script>',
  '<script src="/_next/static/chunks/turbopack-077hmtqrhcoji.js" async=""></script>',
  '<script src="/scripts/newsletter-sign-up.js" async=""></script>',
  '<title>Dialog</title></head><body><main id="main"><h1>Dialog</h1>',
  '<script type="application/ld+json">{"@type":"BreadcrumbList"}</script>',
  '<script>$RC=function(b,c){}</script>',
  '</main><script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[339756,[],\\"default\\"]"])</script>',
  '</body></html>',
].join('')

describe('a reader page without Next’s runtime', () => {
  const html = withoutNextRuntime(page)

  it('loads none of Next’s scripts and keeps the page’s own', () => {
    expect(html).not.toMatch(/_next\/static\/chunks\/[^"]+\.js/)
    expect(html).not.toContain('__next_f')
    expect(html).toContain('<script src="/scripts/newsletter-sign-up.js" async=""></script>')
    expect(html).toContain('<script type="application/ld+json">{"@type":"BreadcrumbList"}</script>')
    expect(html).toContain('<script>$RC=function(b,c){}</script>')
  })

  it('keeps its styles, its head and its content', () => {
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/3trdv8i3dvkxv.css" data-precedence="next"/>')
    expect(html).toContain('<title>Dialog</title></head><body><main id="main"><h1>Dialog</h1>')
    expect(html.endsWith('</main></body></html>')).toBe(true)
  })

  const request = (url: string, headers: Record<string, string> = {}, method = 'GET') => ({ url, headers, method }) as unknown as http.IncomingMessage

  it('applies to the pages a reader opens, not to live preview, the admin, the API, Next’s files or RSC requests', () => {
    expect(isScriptFreePath(request('/de/dialoge/mexiko'))).toBe(true)
    expect(isScriptFreePath(request('/es/newsletter?errors=email'))).toBe(true)
    expect(isScriptFreePath(request('/de/preview/dialogues/1'))).toBe(false)
    expect(isScriptFreePath(request('/admin/collections/dialogues'))).toBe(false)
    expect(isScriptFreePath(request('/api/newsletter/sign-up'))).toBe(false)
    expect(isScriptFreePath(request('/_next/static/chunks/a.js'))).toBe(false)
    expect(isScriptFreePath(request('/de/dialoge/mexiko', { rsc: '1' }))).toBe(false)
    expect(isScriptFreePath(request('/de/dialoge/mexiko', {}, 'POST'))).toBe(false)
  })
})
