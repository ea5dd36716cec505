import { GraphQLError, Kind, parse, visit, type DocumentNode } from 'graphql'

// Payload's complexity rule (always on) walks the query before graphql's own rules have refused
// it, and throws on three kinds of document: a fragment cycle (endless recursion), a
// `subscription` (the schema has no such type) and @skip/@include with a non-boolean `if`.
// graphql-http turns a throw during validation into an empty 500, so these are found here.
export function graphqlDocumentProblem(query: unknown): string | null {
  if (typeof query !== 'string') return null
  let document: DocumentNode
  try {
    document = parse(query)
  } catch (error) {
    if (error instanceof GraphQLError) return null // graphql-http answers a syntax error itself
    throw error
  }
  const spreads = new Map<string, string[]>()
  let problem: string | null = null
  visit(document, {
    OperationDefinition(node) {
      if (node.operation === 'subscription') problem = 'Subscriptions are not supported.'
    },
    FragmentDefinition(node) {
      const names: string[] = []
      visit(node.selectionSet, { FragmentSpread: (spread) => void names.push(spread.name.value) })
      spreads.set(node.name.value, names)
    },
    Directive(node) {
      if (node.name.value !== 'skip' && node.name.value !== 'include') return
      const condition = node.arguments?.find((argument) => argument.name.value === 'if')?.value
      if (condition && condition.kind !== Kind.BOOLEAN && condition.kind !== Kind.VARIABLE) problem = `@${node.name.value}(if:) takes true, false or a variable.`
    },
  })
  return problem ?? fragmentCycle(spreads)
}

function fragmentCycle(spreads: Map<string, string[]>): string | null {
  const done = new Set<string>()
  const enters = (name: string, path: Set<string>): boolean => {
    if (path.has(name)) return true
    if (done.has(name)) return false
    const next = new Set(path).add(name)
    const cyclic = (spreads.get(name) ?? []).some((spread) => enters(spread, next))
    done.add(name)
    return cyclic
  }
  const cyclic = [...spreads.keys()].find((name) => enters(name, new Set()))
  return cyclic ? `Fragment "${cyclic}" spreads itself.` : null
}
