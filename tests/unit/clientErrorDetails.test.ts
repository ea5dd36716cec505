import { keepClientErrorDetails } from '@/hooks/keepClientErrorDetails'

// What the production bundle hands the hook: Payload's formatter found no class name on the
// error and answered with its generic text (seen: a translator's refusal, and Payload's own
// Forbidden on a version restore, both read "An unknown error occurred.").
const unknown = { errors: [{ message: 'An unknown error occurred.' }] }
const run = (error: object) => keepClientErrorDetails({ error: error as never, result: unknown, req: {} as never, context: {}, collection: undefined as never, graphqlResult: undefined as never })

describe('keepClientErrorDetails', () => {
  it('puts the message of a refusal (403, 409 …) back', () => {
    const error = { name: '', status: 403, isPublic: true, message: 'Los traductores guardan borradores.', data: null }
    expect(run(error)).toEqual({ response: { errors: [{ message: 'Los traductores guardan borradores.' }] } })
  })

  it('keeps the field list of a 400', () => {
    const data = { errors: [{ path: 'title', message: 'Text erwartet.' }] }
    expect(run({ name: '', status: 400, message: 'invalid', data })).toEqual({ response: { errors: [{ name: 'ValidationError', message: 'invalid', data }] } })
  })

  it('leaves server errors and errors marked private alone', () => {
    expect(run({ status: 500, message: 'connection refused' })).toBeUndefined()
    expect(run({ status: 403, isPublic: false, message: 'internal detail' })).toBeUndefined()
  })
})
