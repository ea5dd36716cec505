import type { Payload } from 'payload'
import { startPayload, stopPayload } from '../support/payload'
import { createUser, type TestUser } from '../support/users'

// The people of the translation tests: an editor and a Spanish translator, on a Payload of the
// test file's own. Live bindings: read them inside tests, after `withStaff()` ran its beforeAll.
export let payload: Payload
export let editor: TestUser
export let translatorEs: TestUser

export function withStaff() {
  beforeAll(async () => {
    payload = await startPayload()
    editor = await createUser(payload, 'editor')
    translatorEs = await createUser(payload, 'translator', ['es'])
  })
  afterAll(() => stopPayload(payload))
}

// A write or read with that person's rights.
export const as = (user: TestUser) => ({ user, overrideAccess: false as const })
