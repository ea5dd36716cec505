import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import { adminTranslations } from '@/i18n/adminTranslations'
import { closeRouteHandlers, graphqlQuery, rest, tokenFor } from '../api/http'
import { startPayload, stopPayload } from '../support/payload'
import { createUser, type TestUser } from '../support/users'

// The password rule of the first admin and `npm run admin` holds on every other way a password
// is set: the admin's account view and the REST API (PATCH), GraphQL, the Local API with a
// user, an admin creating an account, and "forgot password".
const strong = () => `Gr4nite-${randomBytes(9).toString('base64url')}-Quill`
const { de, en } = adminTranslations
let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await closeRouteHandlers()
  await stopPayload(payload)
})

const canLogIn = async (email: string, password: string) => (await rest('POST', 'users/login', { body: { email, password } })).status === 200
const firstMessage = (json: Record<string, unknown>) => (json.errors as { data?: { errors?: { message: string }[] } }[])?.[0]?.data?.errors?.[0]?.message

describe('a weak new password is refused with the reason, and the old one keeps working', () => {
  it('over REST, when an editor changes their own password (the admin account view sends this PATCH)', async () => {
    const editor = await createUser(payload, 'editor')
    const token = await tokenFor(payload, editor)
    const short = await rest('PATCH', `users/${editor.id}`, { token, body: { password: 'Sh0rt!pw' }, language: 'en' })
    expect(short.status).toBe(400)
    expect(firstMessage(short.json)).toBe(en.digitaldialoge.passwordTooShort.replace('{{min}}', '12'))
    const guessable = await rest('PATCH', `users/${editor.id}`, { token, body: { password: 'password1234' }, language: 'de' })
    expect(guessable.status).toBe(400)
    expect(firstMessage(guessable.json)).toBe(de.digitaldialoge.passwordGuessable)
    expect(await canLogIn(editor.email, editor.password)).toBe(true)
    expect(await canLogIn(editor.email, 'password1234')).toBe(false)
  })

  it('over GraphQL and through the Local API with a user', async () => {
    const translator = await createUser(payload, 'translator', ['es'])
    const token = await tokenFor(payload, translator)
    const answer = await graphqlQuery(`mutation { updateUser(id: ${translator.id}, data: { password: "qwertyuiop12" }) { id } }`, token)
    expect(answer.json.errors?.[0]?.message).toBeTruthy()
    await expect(
      payload.update({ collection: 'users', id: translator.id, data: { password: 'aaaaaaaaaaaaaaaa' }, user: translator, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 400, data: { errors: [{ path: 'password' }] } })
    expect(await canLogIn(translator.email, translator.password)).toBe(true)
  })

  it('when an admin creates an account, and when the password is reset with a token', async () => {
    const admin = await createUser(payload, 'admin')
    const token = await tokenFor(payload, admin)
    const email = `new-${randomBytes(4).toString('hex')}@example.org`
    const created = await rest('POST', 'users', { token, body: { email, password: `${email.split('@')[0]}2026!`, role: 'editor' } })
    expect(created.status).toBe(400)
    expect((await payload.count({ collection: 'users', where: { email: { equals: email } } })).totalDocs).toBe(0)

    const reader: TestUser = await createUser(payload, 'editor')
    const resetToken = randomBytes(20).toString('hex')
    await payload.db.updateOne({
      collection: 'users',
      id: reader.id,
      data: { resetPasswordToken: resetToken, resetPasswordExpiration: new Date(Date.now() + 3_600_000).toISOString() },
    })
    const weakReset = await rest('POST', 'users/reset-password', { body: { token: resetToken, password: 'letmein12345' } })
    expect(weakReset.status).toBe(400)
    expect(await canLogIn(reader.email, reader.password)).toBe(true)
    const goodPassword = strong()
    const goodReset = await rest('POST', 'users/reset-password', { body: { token: resetToken, password: goodPassword } })
    expect(goodReset.status).toBe(200)
    expect(await canLogIn(reader.email, goodPassword)).toBe(true)
  })

  it('a strong password is taken everywhere', async () => {
    const editor = await createUser(payload, 'editor')
    const token = await tokenFor(payload, editor)
    const password = strong()
    expect((await rest('PATCH', `users/${editor.id}`, { token, body: { password } })).status).toBe(200)
    expect(await canLogIn(editor.email, password)).toBe(true)
  })
})
