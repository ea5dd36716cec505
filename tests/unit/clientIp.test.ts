/**
 * @jest-environment node
 */
import { spawnSync } from 'node:child_process'
import { clientIp } from '@/lib/http/clientIp'

const forwarded = (value?: string) => new Headers(value ? { 'x-forwarded-for': value } : {})

describe('clientIp', () => {
  it('with no proxy in front, is the right-most entry: the socket address the server appended', () => {
    expect(clientIp(forwarded('6.6.6.6, 192.0.2.10'), 0)).toBe('192.0.2.10')
  })

  it('behind one proxy, is the entry that proxy appended, whatever the client put in front', () => {
    expect(clientIp(forwarded('6.6.6.6, 198.51.100.7, 10.0.0.2'), 1)).toBe('198.51.100.7')
  })

  it('with fewer entries than hops, is the left-most, and with none, unknown', () => {
    expect(clientIp(forwarded('10.0.0.2'), 2)).toBe('10.0.0.2')
    expect(clientIp(forwarded(), 0)).toBeNull()
  })
})

describe('recordPeerAddress.cjs', () => {
  it('appends the socket address to a forged X-Forwarded-For, so the client cannot choose its address', () => {
    const script = `
      const http = require('node:http')
      const server = http.createServer((req, res) => res.end(req.headers['x-forwarded-for']))
      server.listen(0, '127.0.0.1', async () => {
        const { port } = server.address()
        const forged = await (await fetch('http://127.0.0.1:' + port, { headers: { 'x-forwarded-for': '6.6.6.6' } })).text()
        const plain = await (await fetch('http://127.0.0.1:' + port)).text()
        console.log(JSON.stringify({ forged, plain }))
        server.close()
      })`
    const run = spawnSync(process.execPath, ['--require', './lib/http/recordPeerAddress.cjs', '-e', script], { encoding: 'utf8' })
    expect(run.stderr).toBe('')
    expect(JSON.parse(run.stdout)).toEqual({ forged: '6.6.6.6, 127.0.0.1', plain: '127.0.0.1' })
  })
})
