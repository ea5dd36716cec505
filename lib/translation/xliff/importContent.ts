import { DOMParser, onErrorStopParsing, type Element, type Node } from '@xmldom/xmldom'
import type { Payload } from 'payload'
import { z } from 'zod'
import { defaultLocale, type Locale } from '@/i18n/locales'
import { inTransaction } from '@/lib/db/inTransaction'
import { translatableLeaves } from '../leaves'
import { translatedRichText } from './richTextBlocks'
import { latestIn } from '../latestIn'
import { exchangedCollections, latestGerman, sourceVersion, unitsOf, type ContentUnit, type ExchangedCollection } from './contentUnits'
import { ownNamespace, xliffNamespace } from './xliffNames'

export interface ContentImportProblem {
  where: string
  detail: string
}

export interface ContentImportReport {
  documents: { collection: ExchangedCollection; id: number; fields: string[] }[]
  problems: ContentImportProblem[]
}

interface PlannedWrite {
  collection: ExchangedCollection
  id: number
  data: Record<string, unknown>
  fields: string[]
}

const fileAttributes = z.object({
  collection: z.enum(exchangedCollections),
  document: z.coerce.number().int().positive(),
  version: z.string().regex(/^[0-9a-f]{32}$/),
})

const TEXT_NODE = 3
const ELEMENT_NODE = 1

// An agency's XLIFF 2.0 file (as written by exportContent) into the admin, all or nothing: every
// document must still have the German text the file was made from, every unit must be one the
// document has, with its German source unchanged and its inline codes all there and in order.
// Only then are the translations written — in one transaction, as drafts of that locale marked
// "ready for review"; every other field and locale stays as it was.
export async function importContent(payload: Payload, xml: string, locale: Locale): Promise<ContentImportReport> {
  const problems: ContentImportProblem[] = []
  const refuse = (where: string, detail: string) => ({ documents: [], problems: [...problems, { where, detail }] })
  if (locale === defaultLocale) return refuse('(command)', 'German is the source language; import a translation into es or en')
  let root: Element
  try {
    const parsed = new DOMParser({ onError: onErrorStopParsing }).parseFromString(xml, 'text/xml')
    root = parsed.documentElement!
  } catch (error) {
    return refuse('(file)', `not well-formed XML: ${(error as Error).message.split('\n')[0]}`)
  }
  if (root.namespaceURI !== xliffNamespace || root.localName !== 'xliff' || root.getAttribute('version') !== '2.0') {
    return refuse('(file)', 'not an XLIFF 2.0 document')
  }
  if (root.getAttribute('srcLang') !== defaultLocale) return refuse('(file)', `source language is "${root.getAttribute('srcLang')}", expected "de"`)
  if (root.getAttribute('trgLang') !== locale) return refuse('(file)', `target language is "${root.getAttribute('trgLang')}", but --locale is "${locale}"`)

  const writes: PlannedWrite[] = []
  const seenFiles = new Set<string>()
  for (const file of children(root, 'file')) {
    const where = `file ${file.getAttribute('id') ?? '?'}`
    const attributes = fileAttributes.safeParse({
      collection: file.getAttributeNS(ownNamespace, 'collection'),
      document: file.getAttributeNS(ownNamespace, 'document'),
      version: file.getAttributeNS(ownNamespace, 'source-version'),
    })
    if (!attributes.success) {
      problems.push({ where, detail: 'missing or invalid dd:collection, dd:document or dd:source-version' })
      continue
    }
    const { collection, document: id, version } = attributes.data
    if (seenFiles.has(`${collection}-${id}`)) {
      problems.push({ where, detail: `${collection} ${id} appears twice` })
      continue
    }
    seenFiles.add(`${collection}-${id}`)
    const german = await latestGerman(payload, collection, id)
    if (!german) {
      problems.push({ where, detail: `${collection} ${id} does not exist` })
      continue
    }
    const fields = payload.collections[collection].config.fields
    const now = sourceVersion(fields, german)
    if (now !== version) {
      problems.push({ where, detail: `the German text of ${collection} ${id} has changed since this file was exported (file: ${version}, now: ${now}); export it again` })
      continue
    }
    const write = await planWrite(payload, collection, id, german, file, locale, (detail) => problems.push({ where, detail }))
    if (write) writes.push(write)
  }
  if (seenFiles.size === 0 && problems.length === 0) problems.push({ where: '(file)', detail: 'no <file> with documents in it' })
  if (problems.length > 0) return { documents: [], problems }

  await inTransaction(payload, async (req) => {
    for (const { collection, id, data } of writes) {
      await payload.update({ collection, id, locale, draft: true, data, depth: 0, overrideAccess: true, req })
    }
  })
  return { documents: writes.map(({ collection, id, fields }) => ({ collection, id, fields })), problems: [] }
}

async function planWrite(
  payload: Payload,
  collection: ExchangedCollection,
  id: number,
  german: Record<string, unknown>,
  file: Element,
  locale: Locale,
  problem: (detail: string) => void,
): Promise<PlannedWrite | null> {
  const fields = payload.collections[collection].config.fields
  const units = new Map(unitsOf(fields, german).map((unit) => [unit.id, unit]))
  const texts = new Map<string, string>() // leaf key → text
  const blocks = new Map<string, Map<string, Map<string, string>>>() // leaf key → block → text id → text
  const seen = new Set<string>()
  let ok = true
  const fail = (detail: string) => {
    ok = false
    problem(detail)
  }
  for (const unitElement of children(file, 'unit')) {
    const unitId = unitElement.getAttribute('id') ?? ''
    const unit = units.get(unitId)
    if (!unit) {
      fail(`unit "${unitId}" is not a translatable field of ${collection} ${id}`)
      continue
    }
    if (seen.has(unitId)) {
      fail(`unit "${unitId}" appears twice`)
      continue
    }
    seen.add(unitId)
    const segments = children(unitElement, 'segment')
    if (segments.length !== 1) {
      fail(`unit "${unitId}": exactly one <segment> expected`)
      continue
    }
    const source = children(segments[0]!, 'source')[0]
    const target = children(segments[0]!, 'target')[0]
    const read = (element: Element | undefined) => (element ? inlineContent(element, unit) : { error: 'missing' })
    const sourceRead = read(source)
    if ('error' in sourceRead || !sameAsGerman(unit, sourceRead.value)) {
      fail(`unit "${unitId}": the <source> is not the German text this file was made from`)
      continue
    }
    if (!target) continue // not translated yet: the field stays as it is
    const targetRead = read(target)
    if ('error' in targetRead) {
      fail(`unit "${unitId}": ${targetRead.error}`)
      continue
    }
    if (unit.kind === 'text') {
      if (typeof targetRead.value === 'string' && targetRead.value.trim() !== '') texts.set(unit.leaf.key, targetRead.value)
    } else {
      const byBlock = blocks.get(unit.leaf.key) ?? new Map<string, Map<string, string>>()
      byBlock.set(unit.at, targetRead.value as Map<string, string>)
      blocks.set(unit.leaf.key, byBlock)
    }
  }
  if (!ok || (texts.size === 0 && blocks.size === 0)) return null

  // The translation goes into the locale's latest text, field by field: a top-level field the
  // file touches is rewritten whole (its other values, and shared rows, as they are).
  const current = (await latestIn(payload, collection, id, locale)) ?? {}
  const data: Record<string, unknown> = {}
  const touched: string[] = []
  for (const leaf of translatableLeaves(fields, german)) {
    const text = texts.get(leaf.key)
    const translatedBlocks = blocks.get(leaf.key)
    if (text === undefined && !translatedBlocks) continue
    const top = leaf.path.split('.')[0]!
    if (!(top in data)) data[top] = structuredClone(current[top] ?? null)
    const value = translatedBlocks ? translatedRichText(leaf.value, translatedBlocks) : text
    if (leaf.path === top) data[top] = value
    else setAt(data, leaf.path, value)
    touched.push(leaf.path)
  }
  return { collection, id, data: { ...data, readyForReview: true }, fields: touched }
}

function setAt(target: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split('.')
  let node: Record<string, unknown> = target
  for (const key of keys.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {}
    node = node[key] as Record<string, unknown>
  }
  node[keys[keys.length - 1]!] = value
}

// A text unit's content is plain text. A block's is one <pc> per text node and one <ph> per
// other inline node, with the German ids in the German order, nothing nested, no text outside.
function inlineContent(element: Element, unit: ContentUnit): { value: string | Map<string, string> } | { error: string } {
  const nodes = Array.from(element.childNodes as unknown as ArrayLike<Node>)
  if (unit.kind === 'text') {
    if (nodes.some((node) => node.nodeType !== TEXT_NODE)) return { error: 'markup in a plain-text field' }
    return { value: element.textContent ?? '' }
  }
  const found: { kind: 'text' | 'placeholder'; id: string; text?: string }[] = []
  for (const node of nodes) {
    if (node.nodeType === TEXT_NODE) {
      if ((node.nodeValue ?? '').trim() !== '') return { error: 'text outside the inline codes (<pc>) of a rich-text block' }
      continue
    }
    if (node.nodeType !== ELEMENT_NODE) continue
    const code = node as Element
    const id = code.getAttribute('id') ?? ''
    const inner = Array.from(code.childNodes as unknown as ArrayLike<Node>)
    if (code.namespaceURI === xliffNamespace && code.localName === 'pc' && inner.every((child) => child.nodeType === TEXT_NODE)) {
      found.push({ kind: 'text', id, text: code.textContent ?? '' })
    } else if (code.namespaceURI === xliffNamespace && code.localName === 'ph' && inner.length === 0) {
      found.push({ kind: 'placeholder', id })
    } else return { error: `<${code.nodeName}> is not one of the block's inline codes, or has markup inside` }
  }
  const expected = unit.source
  if (found.length !== expected.length || found.some((part, i) => part.kind !== expected[i]!.kind || part.id !== expected[i]!.id)) {
    return { error: `the inline codes must be the German ones, in order: ${expected.map((part) => `${part.kind === 'text' ? 'pc' : 'ph'}#${part.id}`).join(' ')}` }
  }
  return { value: new Map(found.filter((part) => part.kind === 'text').map((part) => [part.id, part.text!])) }
}

function sameAsGerman(unit: ContentUnit, value: string | Map<string, string>): boolean {
  if (unit.kind === 'text') return value === unit.source
  const texts = value as Map<string, string>
  return unit.source.every((part) => part.kind !== 'text' || texts.get(part.id) === part.text)
}

function children(parent: Element, name: string): Element[] {
  return Array.from(parent.childNodes as unknown as ArrayLike<Node>).filter(
    (node): node is Element => node.nodeType === ELEMENT_NODE && (node as Element).namespaceURI === xliffNamespace && (node as Element).localName === name,
  )
}
