import { GraphQLError, Kind, type ExecutionArgs, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql'
import { allowedRange, queryLimits } from './queryLimits'

// GraphQL's share of the limits REST has (lib/http/queryLimits.ts). Payload's complexity rule
// counts fields (a relationship 10) but not how many documents each list returns, and GraphQL
// has no `depth`: nesting is the depth. So a query may nest 8 levels (a relationship three
// hops away, as REST's depth 3, with `docs` and a group between), ask for at most 10 lists at
// its root (aliases included), and page like REST. The admin does not use GraphQL.
export const graphqlLimits = { depth: 8, rootFields: 10, complexity: 300 } as const

function deepestNesting(context: ValidationContext, selections: SelectionSetNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
  }
  // `entered` keeps a fragment cycle (reported by graphql's own NoFragmentCyclesRule) finite.
  const depth = (set: SelectionSetNode, entered: ReadonlySet<string>): number => {
    let deepest = 0
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        deepest = Math.max(deepest, 1 + (selection.selectionSet ? depth(selection.selectionSet, entered) : 0))
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depth(selection.selectionSet, entered))
      } else if (!entered.has(selection.name.value)) {
        const fragment = fragments.get(selection.name.value)
        if (fragment) deepest = Math.max(deepest, depth(fragment.selectionSet, new Set([...entered, selection.name.value])))
      }
      if (deepest > graphqlLimits.depth) break
    }
    return deepest
  }
  return depth(selections, new Set())
}

const queryShape: ValidationRule = (context) => ({
  OperationDefinition(operation) {
    const rootFields = operation.selectionSet.selections.filter((selection) => selection.kind === Kind.FIELD).length
    if (rootFields > graphqlLimits.rootFields) {
      context.reportError(new GraphQLError(`At most ${graphqlLimits.rootFields} fields at the root of a query, got ${rootFields}.`, { nodes: [operation] }))
    }
    if (deepestNesting(context, operation.selectionSet) > graphqlLimits.depth) {
      context.reportError(new GraphQLError(`Queries may nest at most ${graphqlLimits.depth} levels.`, { nodes: [operation] }))
    }
  },
})

// `limit: 0` is "no limit" to Payload and a negative page a negative OFFSET: both are refused,
// whether written in the query or passed as a variable.
const paging =
  (variables: ExecutionArgs['variableValues']): ValidationRule =>
  (context) => ({
    Argument(argument) {
      const name = argument.name.value
      if (name !== 'limit' && name !== 'page') return
      const { value } = argument
      const given = value.kind === Kind.INT ? Number(value.value) : value.kind === Kind.VARIABLE ? variables?.[value.name.value] : undefined
      const bounds = queryLimits[name]
      if (typeof given === 'number' && !(Number.isInteger(given) && given >= bounds.min && given <= bounds.max)) {
        context.reportError(new GraphQLError(`Invalid argument "${name}". Allowed: ${allowedRange(bounds)}.`, { nodes: [argument] }))
      }
    },
  })

export const graphqlValidationRules = (args: ExecutionArgs): ValidationRule[] => [queryShape, paging(args.variableValues)]
