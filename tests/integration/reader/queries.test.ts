import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import { findDialoguePage, listDialogues } from '@/lib/content/queries/dialogues'
import { listSessions } from '@/lib/content/queries/sessions'
import { findSiteFrame } from '@/lib/content/queries/siteFrame'
import { findIdBySlug, findSlugs } from '@/lib/content/queries/slugs'
import { findUntranslatedFields } from '@/lib/content/queries/untranslated'
import { startPayload, stopPayload } from '../support/payload'

let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
})
afterAll(() => stopPayload(payload))

const unique = () => randomBytes(4).toString('hex')
const quiet = { disableRevalidate: true }

async function dialogue(status: 'draft' | 'published', title = `Dialog ${unique()}`) {
  return payload.create({
    collection: 'dialogues',
    locale: 'de',
    context: quiet,
    data: { title, summary: 'Nur auf Deutsch', partnerCountry: { code: 'MX', name: 'Mexiko' }, _status: status },
    draft: status === 'draft',
  })
}

describe('what the public reads', () => {
  it('a draft dialogue is neither found by its slug, nor by its id, nor listed', async () => {
    const draft = await dialogue('draft')
    expect(draft.slug).toBeTruthy()
    expect(await findIdBySlug(payload, 'dialogues', 'de', draft.slug!)).toBeNull()
    expect(await findDialoguePage(payload, 'de', draft.id)).toBeNull()
    expect((await listDialogues(payload, 'de')).map((d) => d.id)).not.toContain(draft.id)
  })

  it('a published dialogue is found by its slug in each locale, and by the German slug where a locale has none', async () => {
    const published = await dialogue('published')
    await payload.update({ collection: 'dialogues', id: published.id, locale: 'es', context: quiet, data: { title: `Diálogo ${unique()}`, partnerCountry: { code: 'MX', name: 'México' }, _status: 'published' } })
    const slugs = await findSlugs(payload, 'dialogues', published.id)
    expect(slugs.es).not.toBe(slugs.de)
    expect(slugs.en).toBe(slugs.de)
    expect(await findIdBySlug(payload, 'dialogues', 'es', slugs.es!)).toBe(published.id)
    expect(await findIdBySlug(payload, 'dialogues', 'en', slugs.de!)).toBe(published.id)
    expect((await listDialogues(payload, 'es')).map((d) => d.id)).toContain(published.id)
  })

  it('names the fields a locale shows in German, and none for German itself', async () => {
    const published = await dialogue('published')
    await payload.update({
      collection: 'dialogues',
      id: published.id,
      locale: 'en',
      context: quiet,
      data: { title: 'Translated title', partnerCountry: { code: 'MX', name: 'Mexico' }, _status: 'published' },
    })
    const fields = ['title', 'summary', 'partnerCountry'] as const
    expect(await findUntranslatedFields(payload, 'dialogues', published.id, 'en', fields)).toEqual(['summary'])
    expect(await findUntranslatedFields(payload, 'dialogues', published.id, 'de', fields)).toEqual([])
    const page = await findDialoguePage(payload, 'en', published.id)
    expect(page?.dialogue.summary).toBe('Nur auf Deutsch')
    expect(page?.untranslated).toContain('summary')
  })

  it("lists only a dialogue's published sessions, earliest first", async () => {
    const published = await dialogue('published')
    const session = (title: string, startsAt: string, status: 'draft' | 'published') =>
      payload.create({
        collection: 'sessions',
        context: quiet,
        draft: status === 'draft',
        data: { title, dialogue: published.id, kind: 'workshop', format: 'online', startsAt, startsAt_tz: 'Europe/Berlin' as const, _status: status },
      })
    await session('Später', '2027-03-01T10:00:00.000Z', 'published')
    await session('Früher', '2025-03-01T10:00:00.000Z', 'published')
    await session('Entwurf', '2026-03-01T10:00:00.000Z', 'draft')
    const titles = (await listSessions(payload, 'de', published.id)).map((s) => s.title)
    expect(titles).toEqual(['Früher', 'Später'])
  })

  it('the footer leaves out links to unpublished pages', async () => {
    const draftPage = await payload.create({ collection: 'pages', context: quiet, draft: true, data: { title: `Entwurf ${unique()}`, _status: 'draft' } })
    const livePage = await payload.create({ collection: 'pages', context: quiet, data: { title: `Impressum ${unique()}`, _status: 'published' } })
    await payload.updateGlobal({
      slug: 'footer',
      locale: 'de',
      context: quiet,
      data: { links: [{ label: 'Entwurf', page: draftPage.id }, { label: 'Impressum', page: livePage.id }] },
    })
    const { footer } = await findSiteFrame(payload, 'de')
    expect(footer.links).toEqual([{ label: 'Impressum', href: `/de/${livePage.slug}`, external: false }])
  })

  it('the main navigation leads to site sections at their address in the reader\'s language, leaving out unpublished dialogues', async () => {
    const live = await dialogue('published')
    const draft = await dialogue('draft')
    await payload.updateGlobal({
      slug: 'navigation',
      locale: 'de',
      context: quiet,
      data: {
        items: [
          { label: 'Dialog', section: 'dialogue', dialogue: live.id },
          { label: 'Entwurf', section: 'sessions', dialogue: draft.id },
          { label: 'Sitzungen', section: 'sessions', dialogue: live.id },
          { label: 'Themen', section: 'topics' },
          { label: 'Institutionen', section: 'stakeholders' },
          { label: 'Newsletter', section: 'newsletter' },
          { label: 'Bund', url: 'https://www.bund.de' },
        ],
      },
    })
    const { navigation } = await findSiteFrame(payload, 'de')
    expect(navigation).toEqual([
      { label: 'Dialog', href: `/de/dialoge/${live.slug}`, external: false },
      { label: 'Sitzungen', href: `/de/dialoge/${live.slug}/sitzungen`, external: false },
      { label: 'Themen', href: '/de/themen', external: false },
      { label: 'Institutionen', href: '/de/institutionen', external: false },
      { label: 'Newsletter', href: '/de/newsletter', external: false },
      { label: 'Bund', href: 'https://www.bund.de', external: true },
    ])
  })

  it('a dialogue or sessions link without a dialogue is refused on save', async () => {
    await expect(
      payload.updateGlobal({ slug: 'navigation', locale: 'de', context: quiet, data: { items: [{ label: 'Sitzungen', section: 'sessions' }] } }),
    ).rejects.toThrow()
  })
})
