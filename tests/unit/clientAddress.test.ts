/**
 * @jest-environment node
 */
import { createServer, request as httpRequest } from 'node:http'
import type { AddressInfo } from 'node:net'
import { clientAddress } from '@/lib/http/clientAddress'
import { recordSocketAddress } from '@/lib/http/recordSocketAddress'

describe('the client address of a sign-up', () => {
  it('with no trusted proxy is the TCP peer, whatever the client wrote in X-Forwarded-For', () => {
    expect(clientAddress('6.6.6.6, 7.7.7.7, 192.0.2.10', 0)).toBe('192.0.2.10')
    expect(clientAddress('192.0.2.10', 0)).toBe('192.0.2.10')
  })

  it('behind N trusted proxies is the Nth entry from the right, the one the outermost proxy wrote', () => {
    // client forged 6.6.6.6; proxy 1 saw 198.51.100.7; proxy 2 saw proxy 1; the app saw proxy 2.
    const list = '6.6.6.6, 198.51.100.7, 10.0.0.1, 10.0.0.2'
    expect(clientAddress(list, 1)).toBe('10.0.0.1')
    expect(clientAddress(list, 2)).toBe('198.51.100.7')
    expect(clientAddress('198.51.100.7, 10.0.0.2', 1)).toBe('198.51.100.7')
  })

  it('counts an IPv6 client by its /64 and unwraps IPv4-mapped addresses', () => {
    expect(clientAddress('2001:db8:1:2:aaaa::1', 0)).toBe('2001:db8:1:2::/64')
    expect(clientAddress('2001:db8:1:2:bbbb:cccc:dddd:eeee', 0)).toBe('2001:db8:1:2::/64')
    expect(clientAddress('::ffff:192.0.2.1', 0)).toBe('192.0.2.1')
    expect(clientAddress('', 0)).toBeNull()
    expect(clientAddress('not-an-ip', 0)).toBeNull()
  })

  // Next fills X-Forwarded-For only when the client sent none, so the app's own server
  // appends the peer before Next reads the headers (instrumentation.ts).
  it('the server appends the TCP peer to a forged X-Forwarded-For before any handler reads it', async () => {
    recordSocketAddress()
    const server = createServer((req, res) => res.end(String(req.headers['x-forwarded-for'])))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    const seen = (headers: Record<string, string>) =>
      new Promise<string>((resolve, reject) => {
        const request = httpRequest({ host: '127.0.0.1', port, headers }, (response) => {
          let body = ''
          response.on('data', (chunk) => (body += chunk))
          response.on('end', () => resolve(body))
        })
        request.on('error', reject)
        request.end()
      })
    try {
      const forged = await seen({ 'x-forwarded-for': '6.6.6.6' })
      expect(forged).toBe('6.6.6.6, 127.0.0.1')
      expect(clientAddress(forged, 0)).toBe('127.0.0.1')
      expect(await seen({})).toBe('127.0.0.1')
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })
})
