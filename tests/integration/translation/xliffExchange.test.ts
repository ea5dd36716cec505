import { randomBytes } from 'node:crypto'
import { DOMParser, XMLSerializer, type Element, type Node } from '@xmldom/xmldom'
import { exportContent } from '@/lib/translation/xliff/exportContent'
import { importContent } from '@/lib/translation/xliff/importContent'
import { xliffNamespace } from '@/lib/translation/xliff/xliffNames'
import { as, editor, payload, translatorEs, withStaff } from './staff'

withStaff()

const paragraph = (...texts: { text: string; format?: number }[]) => ({
  type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0,
  children: texts.map(({ text, format = 0 }) => ({ type: 'text', text, format, style: '', mode: 'normal', detail: 0, version: 1 })),
})
const richText = (...children: ReturnType<typeof paragraph>[]) => ({
  root: { type: 'root', format: '' as const, indent: 0, version: 1, direction: 'ltr' as const, children },
})

// German, published; English translated and published; Spanish: only the title, as a draft.
async function dialogue() {
  const tag = randomBytes(3).toString('hex')
  const created = await payload.create({
    collection: 'dialogues',
    locale: 'de',
    data: {
      title: `Dialog ${tag}`,
      summary: 'Kurzfassung',
      body: richText(paragraph({ text: 'Der Dialog ist ' }, { text: 'wichtig', format: 1 }, { text: '.' }), paragraph({ text: 'Zweiter Absatz' })),
      partnerCountry: { code: 'MX', name: 'Mexiko' },
      milestones: [{ year: 2015, label: 'Gründung' }, { year: 2016, label: 'Erste Sitzung' }],
      _status: 'published',
    },
    ...as(editor),
  })
  const rows = (created.milestones ?? []).map((row) => ({ id: row.id as string, year: row.year }))
  await payload.update({
    collection: 'dialogues',
    id: created.id,
    locale: 'en',
    data: {
      title: `Dialogue ${tag}`,
      summary: 'Summary',
      partnerCountry: { name: 'Mexico' },
      milestones: [{ ...rows[0]!, label: 'Founding' }, { ...rows[1]!, label: 'First session' }],
      _status: 'published',
    },
    ...as(editor),
  })
  await payload.update({ collection: 'dialogues', id: created.id, locale: 'es', draft: true, data: { title: `Diálogo ${tag}` }, ...as(translatorEs) })
  return created.id
}

// Everything stored about a document, every locale, drafts included.
const everything = async (id: number) => {
  const doc = (await payload.findByID({ collection: 'dialogues', id, locale: 'all', draft: true, depth: 0 })) as unknown as Record<string, unknown>
  // The save time and the translation record (tests/integration/translation/outdatedTranslations) change with any import.
  delete doc.updatedAt
  delete doc.translationSources
  return doc
}
const versionCount = async (id: number) => (await payload.countVersions({ collection: 'dialogues', where: { parent: { equals: id } } })).totalDocs

// What an agency does: a target for every unit, each text prefixed, the inline codes kept.
function translate(xml: string, change: (unit: Element, target: Element) => void = () => {}) {
  const doc = new DOMParser().parseFromString(xml, 'text/xml')
  const units = Array.from(doc.getElementsByTagNameNS(xliffNamespace, 'unit') as unknown as ArrayLike<Element>)
  for (const unit of units) {
    const segment = unit.getElementsByTagNameNS(xliffNamespace, 'segment')[0]!
    segment.getElementsByTagNameNS(xliffNamespace, 'target')[0]?.parentNode?.removeChild(segment.getElementsByTagNameNS(xliffNamespace, 'target')[0]!)
    const source = segment.getElementsByTagNameNS(xliffNamespace, 'source')[0]!
    const target = source.cloneNode(true) as Element
    const rename = (node: Node) => {
      if (node.nodeType === 3 && (node.nodeValue ?? '').trim() !== '') node.nodeValue = `ES ${node.nodeValue}`
      Array.from(node.childNodes as unknown as ArrayLike<Node>).forEach(rename)
    }
    rename(target)
    const renamed = doc.createElementNS(xliffNamespace, 'target')
    while (target.firstChild) renamed.appendChild(target.firstChild)
    segment.appendChild(renamed)
    change(unit, renamed)
  }
  return new XMLSerializer().serializeToString(doc)
}

it('a round trip translates every field into a Spanish draft for review and leaves every other field untouched', async () => {
  const id = await dialogue()
  const xml = await exportContent(payload, 'es', [{ collection: 'dialogues', ids: [id] }])
  expect(xml).toContain('srcLang="de"')
  expect(xml).toContain('trgLang="es"')
  expect(xml).toMatch(/<pc id="2" canDelete="no" canCopy="no">wichtig<\/pc>/)

  const before = await everything(id)
  const report = await importContent(payload, translate(xml), 'es')
  expect(report.problems).toEqual([])
  expect(report.documents[0]?.fields.sort()).toEqual(['body', 'milestones.0.label', 'milestones.1.label', 'partnerCountry.name', 'summary', 'title'].sort())

  const after = await everything(id)
  const es = await payload.findByID({ collection: 'dialogues', id, locale: 'es', draft: true, fallbackLocale: false, depth: 0 })
  expect(es.title).toMatch(/^ES Dialog /)
  expect(es.summary).toBe('ES Kurzfassung')
  expect(es.partnerCountry.name).toBe('ES Mexiko')
  expect(es.milestones?.map((row) => row.label)).toEqual(['ES Gründung', 'ES Erste Sitzung'])
  // The German structure and formatting, the Spanish words.
  const body = es.body as unknown as ReturnType<typeof richText>
  const texts = body.root.children.map((p) => (p as ReturnType<typeof paragraph>).children.map((t) => [t.text, t.format]))
  expect(texts).toEqual([[['ES Der Dialog ist ', 0], ['ES wichtig', 1], ['ES .', 0]], [['ES Zweiter Absatz', 0]]])
  expect(es.readyForReview).toBe(true)
  expect(es._status).toBe('draft')

  // Every other value, in every locale, is as it was.
  const translated = ['title', 'summary', 'body', 'readyForReview']
  // (A Spanish value that was never written reads as absent before and as null after.)
  const strip = (doc: Record<string, unknown>) => {
    const copy = JSON.parse(JSON.stringify(doc, (key, value) => (key === 'es' && value === null ? undefined : value)))
    for (const field of translated) delete copy[field]?.es
    delete copy.partnerCountry.name.es
    for (const row of copy.milestones) delete row.label.es
    return copy
  }
  expect(strip(after)).toEqual(strip(before))
  expect((after.slug as Record<string, string>).es).toBe((before.slug as Record<string, string>).es)
  // Readers still see no Spanish: the import is a draft.
  const publicEs = await payload.find({ collection: 'dialogues', where: { id: { equals: id } }, locale: 'es', overrideAccess: false, fallbackLocale: false })
  expect(publicEs.docs).toHaveLength(0)
})

describe('a file that does not fit writes nothing', () => {
  const refusedWith = async (id: number, xml: string, pattern: RegExp) => {
    const before = await everything(id)
    const versions = await versionCount(id)
    const report = await importContent(payload, xml, 'es')
    expect(report.documents).toEqual([])
    expect(report.problems.map((p) => p.detail).join('\n')).toMatch(pattern)
    expect(await everything(id)).toEqual(before)
    expect(await versionCount(id)).toBe(versions)
  }

  it('a changed German source text', async () => {
    const id = await dialogue()
    const xml = translate(await exportContent(payload, 'es', [{ collection: 'dialogues', ids: [id] }]))
    await refusedWith(id, xml.replace('<source>Kurzfassung</source>', '<source>Andere Kurzfassung</source>'), /not the German text/)
  })

  it('a rich-text block with an inline code removed or added', async () => {
    const id = await dialogue()
    const xml = await exportContent(payload, 'es', [{ collection: 'dialogues', ids: [id] }])
    const dropped = translate(xml, (unit, target) => {
      if (unit.getAttribute('id') === 'body:0') target.removeChild(target.getElementsByTagNameNS(xliffNamespace, 'pc')[1]!)
    })
    await refusedWith(id, dropped, /inline codes must be the German ones/)
    const injected = translate(xml, (unit, target) => {
      if (unit.getAttribute('id') === 'body:1') target.appendChild(target.ownerDocument!.createTextNode('<script>'))
    })
    await refusedWith(id, injected, /text outside the inline codes/)
  })

  it('an unknown unit, the wrong language, or no XML at all', async () => {
    const id = await dialogue()
    const xml = translate(await exportContent(payload, 'es', [{ collection: 'dialogues', ids: [id] }]))
    await refusedWith(id, xml.replace('unit id="summary"', 'unit id="partnerCountry.code"'), /not a translatable field/)
    await refusedWith(id, xml.replace('trgLang="es"', 'trgLang="en"'), /target language/)
    await refusedWith(id, xml.slice(0, xml.length / 2), /not well-formed XML/)
  })

  it('a file made from another version of the German text, even where only another document is affected', async () => {
    const first = await dialogue()
    const second = await dialogue()
    const xml = translate(await exportContent(payload, 'es', [{ collection: 'dialogues', ids: [first, second] }]))
    await payload.update({ collection: 'dialogues', id: second, locale: 'de', data: { summary: 'Neue Kurzfassung', _status: 'published' }, ...as(editor) })
    await refusedWith(first, xml, new RegExp(`German text of dialogues ${second} has changed since this file was exported`))
  })
})

// Topics and institutions publish each locale on its own too (./topicStakeholderDrafts.test.ts):
// an agency gets them like dialogues, and their import is a Spanish draft for review.
describe.each([
  { collection: 'topics' as const, german: (tag: string) => ({ title: `Thema ${tag}`, description: 'Beschreibung' }), texts: ['title', 'description'] },
  { collection: 'stakeholders' as const, german: (tag: string) => ({ name: `Amt ${tag}`, description: 'Beschreibung', country: 'DE', sector: 'government' }), texts: ['name', 'description'] },
])('$collection', ({ collection, german, texts }) => {
  it('a round trip translates its texts into a Spanish draft and leaves the rest untouched', async () => {
    const tag = randomBytes(3).toString('hex')
    const created = await payload.create({ collection, locale: 'de', data: { ...german(tag), _status: 'published' } as never, ...as(editor) })
    const xml = await exportContent(payload, 'es', [{ collection, ids: [created.id] }])
    expect(xml).toContain(`${collection}-${created.id}`)
    const read = async () => {
      // Join fields are read from other documents, not stored here.
      const doc = (await payload.findByID({ collection, id: created.id, locale: 'all', draft: true, depth: 0, joins: false as never })) as unknown as Record<string, Record<string, unknown>>
      const kept = Object.fromEntries(Object.entries(doc).filter(([key]) => !['updatedAt', 'translationSources', '_status', 'slug', ...texts, 'readyForReview'].includes(key)))
      // (A Spanish value that was never written reads as absent before and as null after.)
      return JSON.parse(JSON.stringify(kept, (key, value) => (key === 'es' && value === null ? undefined : value)))
    }
    const before = await read()

    const report = await importContent(payload, translate(xml), 'es')
    expect(report.problems).toEqual([])
    expect(report.documents).toEqual([{ collection, id: created.id, fields: texts }])
    const es = (await payload.findByID({ collection, id: created.id, locale: 'es', draft: true, fallbackLocale: false, depth: 0 })) as unknown as Record<string, unknown>
    expect(texts.map((field) => es[field])).toEqual(texts.map((field) => `ES ${(german(tag) as Record<string, string>)[field]}`))
    expect([es._status, es.readyForReview]).toEqual(['draft', true])
    expect(await read()).toEqual(before)
    // The Spanish slug follows the Spanish title, as when a translator types it; German keeps its own.
    const slugs = ((await payload.findByID({ collection, id: created.id, locale: 'all', draft: true, depth: 0 })) as unknown as { slug: Record<string, string> }).slug
    expect(slugs).toEqual({ de: created.slug, es: `es-${created.slug}` })
    const publicEs = await payload.find({ collection, where: { id: { equals: created.id } }, locale: 'es', overrideAccess: false, fallbackLocale: false })
    expect(publicEs.docs).toHaveLength(0)
  })
})
