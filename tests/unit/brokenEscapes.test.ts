/** @jest-environment node */
import { NextRequest } from 'next/server'
import proxy, { config } from '@/proxy'

// Next's matcher semantics: the pattern must match the whole path.
const proxyRuns = (path: string) => config.matcher.some((pattern) => new RegExp(`^${pattern}$`).test(path))

describe('an address with a broken percent-escape', () => {
  it.each(['/de/%zz', '/api/dialogues/%E0%A4%A', '/admin/%C0%AF', '/_next/static/%', '/%ED%A0%80'])('reaches the proxy: %s', (path) => {
    expect(proxyRuns(path)).toBe(true)
  })

  it('is answered 400 in the reader’s language, as JSON', async () => {
    const response = await proxy(new NextRequest('http://localhost/es/dialogos/%zz', { headers: { 'accept-language': 'es-MX,es;q=0.9' } }))
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ errors: [{ message: 'La dirección contiene una codificación porcentual no válida.' }] })
  })

  it('a valid escape under a locale passes through untouched, and cached pages still skip the proxy', async () => {
    const response = await proxy(new NextRequest('http://localhost/de/dialoge/m%C3%A9xico'))
    expect(response.status).toBe(200)
    expect(response.headers.get('x-middleware-next')).toBe('1')
    expect(proxyRuns('/de/dialoge/mexiko')).toBe(false)
  })

  it('an address without a locale still goes to its locale', async () => {
    const response = await proxy(new NextRequest('http://localhost/dialoge/mexiko', { headers: { 'accept-language': 'en' } }))
    expect(response.status).toBe(307)
    expect(response.headers.get('location')).toMatch(/\/en\/dialogues\/mexiko$/)
  })
})
