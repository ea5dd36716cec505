import { assertSafeForProduction, ConfigurationError, readEnv, requireSecret } from '@/lib/env'

const safe = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://app:pw@db.internal:5432/site',
  PAYLOAD_SECRET: '3f9c1e7a5b2d48c6a0e4f1b9d7c3a5e8f2b6d0c4a8e1f5b9',
  SITE_URL: 'https://digitaldialoge.example.org',
  SMTP_URL: 'smtp://mailer:pw@smtp.example.org:587',
}

describe('configuration', () => {
  it('refuses a production start without PAYLOAD_SECRET, with a message that says what to do', () => {
    const env = readEnv({ NODE_ENV: 'production' })
    expect(() => requireSecret(env)).toThrow(ConfigurationError)
    expect(() => requireSecret(env)).toThrow(/PAYLOAD_SECRET is not set/)
  })

  it('refuses a secret that is too short to be safe', () => {
    expect(() => readEnv({ PAYLOAD_SECRET: 'short' })).toThrow(/at least 32 characters/)
  })

  it('refuses a DATABASE_URL that is not PostgreSQL', () => {
    expect(() => readEnv({ DATABASE_URL: 'mysql://localhost/x' })).toThrow(/postgres:\/\//)
  })
})

describe('a production server refuses unsafe settings', () => {
  it('starts with https SITE_URL, SMTP_URL and a random secret', () => {
    expect(assertSafeForProduction(safe).SITE_URL).toBe(safe.SITE_URL)
  })

  test.each([
    ['no SMTP_URL', { SMTP_URL: undefined }, /SMTP_URL is not set.*mail folder is for development only/],
    ['no SITE_URL', { SITE_URL: undefined }, /SITE_URL is not set/],
    ['an http SITE_URL on a public host', { SITE_URL: 'http://digitaldialoge.example.org' }, /SITE_URL must be an https:\/\/ address/],
    ['the build placeholder secret', { PAYLOAD_SECRET: 'build-phase-placeholder-secret-never-used-to-sign' }, /PAYLOAD_SECRET is a placeholder/],
    ['the codegen placeholder secret', { PAYLOAD_SECRET: 'offline-codegen-placeholder-000000000000' }, /PAYLOAD_SECRET is a placeholder/],
    ['a uniform secret', { PAYLOAD_SECRET: 'a'.repeat(40) }, /PAYLOAD_SECRET is a placeholder/],
    ['a short secret', { PAYLOAD_SECRET: 'tooShort1' }, /at least 32 characters/],
    ['no secret', { PAYLOAD_SECRET: undefined }, /PAYLOAD_SECRET is not set/],
    ['no DATABASE_URL', { DATABASE_URL: undefined }, /DATABASE_URL is not set/],
  ])('refuses %s and says why', (_name, change, message) => {
    expect(() => assertSafeForProduction({ ...safe, ...change })).toThrow(ConfigurationError)
    expect(() => assertSafeForProduction({ ...safe, ...change })).toThrow(message)
  })

  test.each(['http://localhost:3000', 'http://127.0.0.1:4123', 'http://[::1]:3000'])(
    'allows http on the loopback address %s for a trial on one machine',
    (siteUrl) => {
      expect(() => assertSafeForProduction({ ...safe, SITE_URL: siteUrl })).not.toThrow()
    },
  )

  it('names every problem at once', () => {
    const problems = () => assertSafeForProduction({ NODE_ENV: 'production' })
    expect(problems).toThrow(/DATABASE_URL[\s\S]*PAYLOAD_SECRET[\s\S]*SITE_URL[\s\S]*SMTP_URL/)
  })
})
