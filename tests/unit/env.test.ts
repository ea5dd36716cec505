import { ConfigurationError, readEnv, requireSecret } from '@/lib/env'

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
