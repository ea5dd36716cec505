import { devSiteUrl } from '@/lib/bootstrap/devSiteUrl'

describe('the development server address (mail links, redirects)', () => {
  test.each([
    [['-p', '3100'], 'http://localhost:3100'],
    [['--port', '3200'], 'http://localhost:3200'],
    [['--port=3300'], 'http://localhost:3300'],
    [['-p=3400'], 'http://localhost:3400'],
    [['--turbopack', '-p', '3500'], 'http://localhost:3500'],
    [[], 'http://localhost:3000'],
  ])('npm run dev -- %j points at %s', (args, expected) => {
    expect(devSiteUrl(args, {})).toBe(expected)
  })

  it('follows PORT when no port is given on the command line', () => {
    expect(devSiteUrl([], { PORT: '4000' })).toBe('http://localhost:4000')
  })

  it('keeps a SITE_URL that is set', () => {
    expect(devSiteUrl(['-p', '3100'], { SITE_URL: 'http://dev.example.test:8080' })).toBe('http://dev.example.test:8080')
  })
})
