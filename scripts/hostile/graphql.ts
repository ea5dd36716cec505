import type { Generator, HostileRequest } from './request'
import { brokenJson, deepJson, overlong } from './values'

// GraphQL: broken bodies, queries nested and aliased past any page's need, introspection.
const nested = (depth: number) => {
  let selection = 'id'
  for (let i = 0; i < depth; i++) selection = `partnerInstitutions { id dialogues: id ${i % 2 ? 'logo { id }' : ''} } heroImage { id } workplanAreas { docs { id dialogue { id ${selection} } } }`
  return `{ Dialogues { docs { ${selection} } } }`
}
const aliased = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: Dialogues(limit: 100) { docs { id title summary } }`).join(' ')} }`
const fragmentCycle = '{ Dialogues { docs { ...A } } } fragment A on Dialogue { ...B } fragment B on Dialogue { ...A }'

export const graphql: Generator = (known) => {
  const requests: HostileRequest[] = []
  const send = (body: string | Buffer, headers: Record<string, string> = { 'content-type': 'application/json' }, method = 'POST') =>
    requests.push({ family: 'GraphQL', method, path: '/api/graphql', headers, body })
  const query = (text: string, variables?: unknown) => send(JSON.stringify({ query: text, variables }))
  for (const body of brokenJson) send(body)
  send('{bad', { 'content-type': 'application/graphql' })
  send('{ Dialogues { docs { id } } }', { 'content-type': 'application/graphql' })
  send('query=%zz', { 'content-type': 'application/x-www-form-urlencoded' })
  send('--xx\r\nbroken', { 'content-type': 'multipart/form-data; boundary=xx' })
  send('--xx\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{bad\r\n--xx--', { 'content-type': 'multipart/form-data; boundary=xx' })
  send('', { 'content-type': 'multipart/form-data' })
  send(JSON.stringify({ query: 42 }))
  send(JSON.stringify({ query: null }))
  send(JSON.stringify({ query: ['{ Dialogues { docs { id } } }'] }))
  send(JSON.stringify([{ query: '{ Dialogues { docs { id } } }' }, { query: '{ Topics { docs { id } } }' }]))
  send(JSON.stringify({ query: '{ Dialogues { docs { id } } }', variables: 'not an object' }))
  send(JSON.stringify({ query: '{ Dialogues { docs { id } } }', operationName: 42 }))
  send(JSON.stringify({ query: '{ Dialogues { docs { id } } }', extensions: { persistedQuery: { sha256Hash: 'x' } } }))
  send(deepJson(20_000, 'object'))
  send(JSON.stringify({ query: `{ ${overlong(200_000)} }` }))
  send(JSON.stringify({ query: '{'.repeat(10_000) + '}'.repeat(10_000) }))
  for (const depth of [3, 5, 8, 12, 20]) query(nested(depth))
  for (const count of [10, 50, 200, 1000]) query(aliased(count))
  query(fragmentCycle)
  query('{ __schema { types { name fields { name type { name } } } } }')
  query('{ __type(name: "Dialogue") { name fields { name } } }')
  query('query IntrospectionQuery { __schema { queryType { name } } }')
  query('{ Dialogues { docs { __typename } } __typename }')
  for (const id of ['"not-an-id"', '-1', '0', '99999999999', '1.5', 'null', '"%00"']) {
    query(`{ Dialogue(id: ${id}) { id title } }`)
    query(`{ Topic(id: ${id}) { id } }`)
  }
  for (const value of ['-5', '0', '100000', '99999999999', '1.5', '"x"', 'null']) {
    query(`{ Dialogues(page: ${value}) { docs { id } } }`)
    query(`{ Topics(limit: ${value}) { docs { id } } }`)
  }
  query('query($p: Int) { Dialogues(page: $p) { docs { id } } }', { p: -5 })
  query('query($l: Int) { Topics(limit: $l) { docs { id } } }', { l: 100000 })
  query('query($l: Int) { Topics(limit: $l) { docs { id } } }', { l: '100' })
  query('{ Dialogues(locale: xx) { docs { id } } }')
  query('{ Dialogues(locale: de, fallbackLocale: xx) { docs { id } } }')
  query('{ Dialogues(where: { title: { like: "%" } }) { docs { id } } }')
  query('{ Dialogues(where: { id: { equals: "abc" } }) { docs { id } } }')
  query('{ Dialogues(where: { slug: { equals: "\\u0000" } }) { docs { id } } }')
  query('{ Dialogues(where: { createdAt: { greater_than: "not-a-date" } }) { docs { id } } }')
  query('{ Dialogues(sort: "nonexistent") { docs { id } } }')
  query('{ Dialogues(sort: "password") { docs { id } } }')
  query('{ Users { docs { id email hash salt } } }')
  query('{ Subscribers { docs { id email } } }')
  query('{ meUser { user { id email } } }')
  query('mutation { createTopic(data: { title: 123 }) { id } }')
  query('mutation { createTopic(data: { title: "x" }) { id } }')
  query(`mutation { updateDialogue(id: ${known.ids.dialogues}, data: { title: "overwritten" }) { id } }`)
  query(`mutation { deleteDialogue(id: ${known.ids.dialogues}) { id } }`)
  query('mutation { loginUser(email: "nobody@example.org", password: "x") { token } }')
  query('mutation { forgotPasswordUser(email: "%00") }')
  query('mutation { createSubscriber(data: { email: "x@example.org" }) { id } }')
  query('subscription { x }')
  query('{ Dialogues { docs { id } } } { Topics { docs { id } } }')
  query('query A { Dialogues { docs { id } } } query A { Topics { docs { id } } }')
  query('{ Dialogues @skip(if: maybe) { docs { id } } }')
  query('{ Dialogues { docs { id @include(if: true) @include(if: false) } } }')
  query('{ Dialogues { docs { id(arg: 1) } } }')
  query('{ NoSuchField }')
  for (const method of ['GET', 'PUT', 'DELETE', 'PATCH']) send(method === 'GET' ? '' : '{bad', { 'content-type': 'application/json' }, method)
  requests.push({ family: 'GraphQL', method: 'GET', path: '/api/graphql?query=%zz' })
  requests.push({ family: 'GraphQL', method: 'GET', path: '/api/graphql?query={__schema{types{name}}}' })
  requests.push({ family: 'GraphQL', method: 'GET', path: '/api/graphql-playground' })
  requests.push({ family: 'GraphQL', method: 'GET', path: '/api/graphql%zz' })
  return requests
}
