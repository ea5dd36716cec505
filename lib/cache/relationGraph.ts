import type { Block, CollectionSlug, Field, GlobalSlug, SanitizedConfig } from 'payload'

// One relation of the content model, read from the Payload config (plugins included): a
// relationship, upload or join field of a collection or global, wherever it sits — in groups,
// arrays, blocks, tabs, rows or collapsibles.
export interface Relation {
  from: { collection: CollectionSlug } | { global: GlobalSlug }
  // Where the value is stored, dot-separated as Payload's `where` takes it: "meta.image",
  // "links.page". For a join, the field that holds the join.
  path: string
  to: CollectionSlug
  via: 'relationship' | 'upload' | 'join'
  // A join stores nothing: it lists the documents of `to` whose field `on` points here.
  on?: string
  hasMany: boolean
  required: boolean
  // The value differs per locale (the field or one of its containers is localized).
  localized: boolean
  // The value is inside an array or blocks row, so there may be several.
  inRows: boolean
  // relationTo names several collections: values are { relationTo, value }.
  polymorphic: boolean
}

type Origin = Relation['from']

interface Position {
  prefix: string
  localized: boolean
  inRows: boolean
}

const join = (prefix: string, name: string) => (prefix ? `${prefix}.${name}` : name)

function* relationsIn(fields: Field[], from: Origin, at: Position, blocks: Block[]): Generator<Relation> {
  for (const field of fields) {
    const named = 'name' in field && typeof field.name === 'string' ? field.name : undefined
    const localized = at.localized || ('localized' in field && field.localized === true)
    switch (field.type) {
      case 'relationship':
      case 'upload': {
        const targets = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
        for (const to of targets) {
          yield {
            from,
            path: join(at.prefix, field.name),
            to,
            via: field.type,
            hasMany: field.hasMany === true,
            required: field.required === true,
            localized,
            inRows: at.inRows,
            polymorphic: Array.isArray(field.relationTo),
          }
        }
        break
      }
      case 'join':
        yield {
          from,
          path: join(at.prefix, field.name),
          to: field.collection as CollectionSlug,
          via: 'join',
          on: field.on,
          hasMany: true,
          required: false,
          localized,
          inRows: at.inRows,
          polymorphic: false,
        }
        break
      case 'group':
        // An unnamed group only groups fields in the admin; its fields sit on the document.
        yield* relationsIn(field.fields, from, { ...at, prefix: named ? join(at.prefix, named) : at.prefix, localized }, blocks)
        break
      case 'array':
        yield* relationsIn(field.fields, from, { prefix: join(at.prefix, field.name), localized, inRows: true }, blocks)
        break
      case 'blocks':
        for (const block of field.blockReferences ?? field.blocks) {
          const resolved = typeof block === 'string' ? blocks.find((candidate) => candidate.slug === block) : block
          if (resolved) yield* relationsIn(resolved.fields, from, { prefix: join(at.prefix, field.name), localized, inRows: true }, blocks)
        }
        break
      case 'tabs':
        for (const tab of field.tabs) {
          const tabName = 'name' in tab && typeof tab.name === 'string' ? tab.name : undefined
          const tabLocalized = at.localized || ('localized' in tab && tab.localized === true)
          yield* relationsIn(tab.fields, from, { ...at, prefix: tabName ? join(at.prefix, tabName) : at.prefix, localized: tabLocalized }, blocks)
        }
        break
      case 'row':
      case 'collapsible':
        yield* relationsIn(field.fields, from, at, blocks)
        break
      default:
        break
    }
  }
}

// Payload's own bookkeeping (locks, preferences, jobs, migrations) points at every
// collection; it is not content and must neither refresh pages nor block a delete.
const isBookkeeping = (slug: string) => slug.startsWith('payload-')

type GraphConfig = Pick<SanitizedConfig, 'collections' | 'globals'> & { blocks?: Block[] }

export function deriveRelations(config: GraphConfig): Relation[] {
  const blocks = config.blocks ?? []
  const start: Position = { prefix: '', localized: false, inRows: false }
  return [
    ...config.collections
      .filter((collection) => !isBookkeeping(collection.slug))
      .flatMap((collection) => [...relationsIn(collection.fields, { collection: collection.slug as CollectionSlug }, start, blocks)]),
    ...(config.globals ?? []).flatMap((global) => [...relationsIn(global.fields, { global: global.slug as GlobalSlug }, start, blocks)]),
  ].filter((relation) => !isBookkeeping(relation.to))
}

const derived = new WeakMap<object, Relation[]>()

// Derived once per config: hooks call this on every save.
export function relationGraph(config: GraphConfig): Relation[] {
  let relations = derived.get(config)
  if (!relations) {
    relations = deriveRelations(config)
    derived.set(config, relations)
  }
  return relations
}

export const stored = (relation: Relation) => relation.via !== 'join'
export const originName = (from: Origin) => ('collection' in from ? from.collection : `global ${from.global}`)
