// `npm run cache:graph`: the relation graph as lib/cache/relationGraph.ts derives it from the
// Payload config, and what a save of each collection expires (lib/cache/expiredBy.ts).
import config from '../payload.config'
import { belongsTo } from '../lib/cache/expiredBy'
import { originName, relationGraph, stored, type Relation } from '../lib/cache/relationGraph'
import { shownToReaders } from '../lib/cache/shownToReaders'

const sanitized = await config
const graph = relationGraph(sanitized)
const flags = (relation: Relation) =>
  [
    relation.via,
    relation.hasMany && 'many',
    relation.localized && 'localized',
    relation.inRows && 'in rows',
    relation.polymorphic && 'polymorphic',
    belongsTo(relation) && 'belongs to',
  ]
    .filter(Boolean)
    .join(', ')

console.log('Relations (from the fields of every collection and global):')
for (const relation of graph) {
  const target = relation.via === 'join' ? `${relation.to}.${relation.on} (join: the documents pointing here)` : relation.to
  console.log(`  ${originName(relation.from)}.${relation.path} → ${target}  [${flags(relation).replace(/^join, ?/, '')}]`)
}

const shown = sanitized.collections.filter((collection) => !collection.slug.startsWith('payload-') && shownToReaders(collection))
const hidden = sanitized.collections.filter((collection) => !collection.slug.startsWith('payload-') && !shownToReaders(collection))
console.log(`\nShown to readers: ${shown.map((c) => c.slug).join(', ')}; globals: ${sanitized.globals.filter(shownToReaders).map((g) => g.slug).join(', ')}`)
console.log(`Not shown (no revalidation, their references never block a delete): ${hidden.map((c) => c.slug).join(', ')}`)

const isShown = (slug: string) => shown.some((collection) => collection.slug === slug)
console.log('\nA save of … expires (besides its own page, lists and addresses in every locale):')
for (const { slug } of shown) {
  const out = graph.filter((r) => stored(r) && 'collection' in r.from && r.from.collection === slug && isShown(r.to))
  const into = graph.filter((r) => stored(r) && r.to === slug && ('global' in r.from || isShown(r.from.collection)))
  console.log(`  ${slug}`)
  if (out.length) console.log(`    the documents it points to: ${out.map((r) => `${r.path} → ${r.to}`).join(', ')}`)
  if (into.length) console.log(`    the documents pointing to it: ${into.map((r) => `${originName(r.from)}.${r.path}`).join(', ')}`)
}
const owners = graph.filter(belongsTo)
console.log(`\n… and, of every document reached, what it belongs to (a required relation to one document: shown on its page): ${owners.map((r) => `${originName(r.from)}.${r.path} → ${r.to}`).join(', ')}`)
console.log('\nDelete guard: a document is not deleted while a "documents pointing to it" relation above holds it (any locale).')
process.exit(0)
