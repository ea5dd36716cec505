import type { Payload } from 'payload'
import { closeRouteHandlers, rest, tokenFor } from '../api/http'
import { startPayload, stopPayload } from '../support/payload'
import { createUser } from '../support/users'

let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await closeRouteHandlers()
  await stopPayload(payload)
})

describe('POST /api/users/unlock', () => {
  it.each([
    ['translator', ['es']],
    ['editor', []],
  ] as const)('is refused to a %s', async (role, locales) => {
    const victim = await createUser(payload, 'admin')
    const token = await tokenFor(payload, await createUser(payload, role, [...locales]))
    const answer = await rest('POST', 'users/unlock', { token, body: { email: victim.email } })
    expect(answer.status).toBe(403)
  })

  it('is refused to the public', async () => {
    const victim = await createUser(payload, 'editor')
    expect((await rest('POST', 'users/unlock', { body: { email: victim.email } })).status).toBe(403)
  })

  it('is allowed to an admin', async () => {
    const locked = await createUser(payload, 'editor')
    const token = await tokenFor(payload, await createUser(payload, 'admin'))
    const answer = await rest('POST', 'users/unlock', { token, body: { email: locked.email } })
    expect(answer.status).toBe(200)
  })
})
