import { DOMImplementation, XMLSerializer, type Document, type Element } from '@xmldom/xmldom'
import type { Payload } from 'payload'
import { defaultLocale, type Locale } from '@/i18n/locales'
import { isWritten } from '@/i18n/strings/localizedLeaves'
import { translatableLeaves } from '../leaves'
import { isOutdated, sourcesOf } from '../sources'
import { blocksOf, type Inline } from './richTextBlocks'
import { latestIn } from '../latestIn'
import { latestGerman, sourceVersion, unitsOf, type ContentUnit, type ExchangedCollection } from './contentUnits'
import { ownNamespace, ownPrefix, xliffNamespace } from './xliffNames'

export interface ExportSelection {
  collection: ExchangedCollection
  ids?: number[]
}

// The German source and the current translation (drafts included) of the selected documents,
// as one XLIFF 2.0 file: a <file> per document, a <unit> per field or rich-text block. A unit
// already translated carries its <target> (state "translated", or "initial" where the German
// text has changed since: outdated).
export async function exportContent(payload: Payload, locale: Locale, selections: ExportSelection[]): Promise<string> {
  const doc = new DOMImplementation().createDocument(xliffNamespace, 'xliff', null)
  const root = doc.documentElement!
  root.setAttribute('version', '2.0')
  root.setAttribute('srcLang', defaultLocale)
  root.setAttribute('trgLang', locale)
  root.setAttributeNS('http://www.w3.org/2000/xmlns/', `xmlns:${ownPrefix}`, ownNamespace)
  for (const { collection, ids } of selections) {
    const fields = payload.collections[collection].config.fields
    const found = await payload.find({
      collection,
      draft: true,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      select: { id: true } as never,
      ...(ids ? { where: { id: { in: ids } } } : {}),
      sort: 'id',
    })
    for (const { id } of found.docs as unknown as { id: number }[]) {
      const german = await latestGerman(payload, collection, id)
      const translation = await latestIn(payload, collection, id, locale)
      if (!german) continue
      const file = element(doc, root, 'file')
      file.setAttribute('id', `${collection}-${id}`)
      file.setAttributeNS(ownNamespace, `${ownPrefix}:collection`, collection)
      file.setAttributeNS(ownNamespace, `${ownPrefix}:document`, String(id))
      file.setAttributeNS(ownNamespace, `${ownPrefix}:source-version`, sourceVersion(fields, german))
      const own = new Map(translatableLeaves(fields, translation).map((leaf) => [leaf.key, leaf.value]))
      const sources = sourcesOf(german.translationSources)
      for (const unit of unitsOf(fields, german)) {
        const target = targetOf(unit, own.get(unit.leaf.key))
        const outdated = target !== undefined && isOutdated(sources, locale, unit.leaf.key, unit.leaf.value)
        writeUnit(doc, file, unit, target, outdated)
      }
    }
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`
}

// The translation of one unit, where it has one of the German shape.
function targetOf(unit: ContentUnit, value: unknown): string | Inline[] | undefined {
  if (!isWritten(value)) return undefined
  if (unit.kind === 'text') return typeof value === 'string' ? value : undefined
  const block = blocksOf(value).find((candidate) => candidate.at === unit.at)
  const sameShape = block && block.inline.length === unit.source.length && block.inline.every((part, i) => part.kind === unit.source[i]!.kind)
  return sameShape ? block.inline : undefined
}

function writeUnit(doc: Document, file: Element, unit: ContentUnit, target: string | Inline[] | undefined, outdated: boolean) {
  const unitElement = element(doc, file, 'unit')
  unitElement.setAttribute('id', unit.id)
  unitElement.setAttribute('name', unit.leaf.path)
  if (outdated) {
    const note = element(doc, element(doc, unitElement, 'notes'), 'note')
    note.setAttribute('category', 'outdated')
    note.appendChild(doc.createTextNode('The German text has changed since this translation was saved.'))
  }
  const segment = element(doc, unitElement, 'segment')
  if (target !== undefined) segment.setAttribute('state', outdated ? 'initial' : 'translated')
  fill(doc, element(doc, segment, 'source'), unit.source)
  if (target !== undefined) fill(doc, element(doc, segment, 'target'), target)
}

function fill(doc: Document, parent: Element, content: string | Inline[]) {
  if (typeof content === 'string') {
    parent.appendChild(doc.createTextNode(content))
    return
  }
  for (const part of content) {
    const code = element(doc, parent, part.kind === 'text' ? 'pc' : 'ph')
    code.setAttribute('id', part.id)
    code.setAttribute('canDelete', 'no')
    code.setAttribute('canCopy', 'no')
    if (part.kind === 'text') code.appendChild(doc.createTextNode(part.text))
  }
}

function element(doc: Document, parent: Element, name: string): Element {
  const child = doc.createElementNS(xliffNamespace, name)
  parent.appendChild(child)
  return child
}
