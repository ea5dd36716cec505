import { spawnSync } from 'node:child_process'

it('the production server refuses to start without PAYLOAD_SECRET, says why, and exits non-zero', () => {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', DATABASE_URL: 'postgres://127.0.0.1:1/none' }
  delete env.PAYLOAD_SECRET
  const result = spawnSync('npx', ['tsx', 'scripts/start.ts'], { env, encoding: 'utf8', timeout: 60_000 })
  expect(result.status).toBe(1)
  expect(result.stderr).toMatch(/PAYLOAD_SECRET is not set/)
})

it('the production server refuses to start without SMTP_URL and with an http SITE_URL, naming both, before touching the database', () => {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: 'postgres://127.0.0.1:1/none',
    PAYLOAD_SECRET: '9b1f4e7c2a6d3f8e0c5b7a9d1e3f6a8c4b2d0e7f',
    SITE_URL: 'http://digitaldialoge.example.org',
  }
  delete env.SMTP_URL
  const result = spawnSync('npx', ['tsx', 'scripts/start.ts'], { env, encoding: 'utf8', timeout: 60_000 })
  expect(result.status).toBe(1)
  expect(result.stderr).toMatch(/SMTP_URL is not set/)
  expect(result.stderr).toMatch(/SITE_URL must be an https:\/\/ address/)
  expect(result.stderr).not.toMatch(/ECONNREFUSED/)
})
