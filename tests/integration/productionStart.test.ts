import { spawnSync } from 'node:child_process'

it('the production server refuses to start without PAYLOAD_SECRET, says why, and exits non-zero', () => {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', DATABASE_URL: 'postgres://127.0.0.1:1/none' }
  delete env.PAYLOAD_SECRET
  const result = spawnSync('npx', ['tsx', 'scripts/start.ts'], { env, encoding: 'utf8', timeout: 60_000 })
  expect(result.status).toBe(1)
  expect(result.stderr).toMatch(/PAYLOAD_SECRET is not set/)
})
