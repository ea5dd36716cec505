import type { Payload } from 'payload'
import type { Locale } from '../i18n/locales'
import { dialogue, pages, sessions, stakeholders, topics, workplanAreas } from './data'
import { bitvFields } from './bitvFields'
import { logoAlt, ministryNames, navigationItems, siteNames } from './data/siteFrame'
import { placeholderLogoPng } from './placeholderLogo'
import { paragraphsToRichText } from './lexical'
import { ensureLocalizedDocument, seedContext } from './upsertLocalized'

export interface SeedReport {
  created: number
  kept: number
}

// The German-Mexican Digital Dialogue in de/es/en. Idempotent: safe to run on every start.
export async function seedContent(payload: Payload): Promise<SeedReport> {
  const report: SeedReport = { created: 0, kept: 0 }
  const count = ({ created }: { created: boolean }) => (created ? report.created++ : report.kept++)

  const stakeholderIds = new Map<string, number>()
  for (const s of stakeholders) {
    const result = await ensureLocalizedDocument(payload, {
      collection: 'stakeholders',
      slugDe: s.acronym.toLowerCase(),
      base: (locale) => ({
        name: s.name[locale],
        slug: s.acronym.toLowerCase(),
        acronym: s.acronym,
        country: s.country,
        sector: s.sector,
        website: s.website,
        description: s.description[locale],
      }),
      perLocale: (locale) => ({ name: s.name[locale], slug: s.acronym.toLowerCase(), description: s.description[locale] }),
    })
    stakeholderIds.set(s.key, result.id)
    count(result)
  }

  const dialogueResult = await ensureLocalizedDocument(payload, {
    collection: 'dialogues',
    slugDe: dialogue.slug.de,
    base: (locale) => ({
      title: dialogue.title[locale],
      slug: dialogue.slug[locale],
      partnerCountry: { code: dialogue.partnerCountry.code, name: dialogue.partnerCountry.name[locale] },
      summary: dialogue.summary[locale],
      body: paragraphsToRichText(dialogue.body[locale]),
      milestones: dialogue.milestones.map((m) => ({ year: m.year, label: m.label[locale], text: m.text[locale] })),
      partnerInstitutions: dialogue.partnerInstitutions.map((key) => stakeholderIds.get(key)),
    }),
    perLocale: (locale, existing) => ({
      title: dialogue.title[locale],
      slug: dialogue.slug[locale],
      partnerCountry: { code: dialogue.partnerCountry.code, name: dialogue.partnerCountry.name[locale] },
      summary: dialogue.summary[locale],
      body: paragraphsToRichText(dialogue.body[locale]),
      milestones: (existing.milestones as Array<{ id: string; year: number }>).map((row, i) => ({
        id: row.id,
        year: row.year,
        label: dialogue.milestones[i].label[locale],
        text: dialogue.milestones[i].text[locale],
      })),
    }),
  })
  count(dialogueResult)

  const areaIds = new Map<string, number>()
  for (const area of workplanAreas) {
    const result = await ensureLocalizedDocument(payload, {
      collection: 'workplan-areas',
      slugDe: area.slug.de,
      base: (locale: Locale) => ({
        title: area.title[locale],
        slug: area.slug[locale],
        description: area.description[locale],
        order: area.order,
        dialogue: dialogueResult.id,
      }),
      perLocale: (locale) => ({ title: area.title[locale], slug: area.slug[locale], description: area.description[locale] }),
    })
    areaIds.set(area.key, result.id)
    count(result)
  }

  const topicIds = new Map<string, number>()
  for (const topic of topics) {
    const result = await ensureLocalizedDocument(payload, {
      collection: 'topics',
      slugDe: topic.slug.de,
      base: (locale) => ({
        title: topic.title[locale],
        slug: topic.slug[locale],
        description: topic.description[locale],
        areas: topic.areas.map((key) => areaIds.get(key)),
      }),
      perLocale: (locale) => ({ title: topic.title[locale], slug: topic.slug[locale], description: topic.description[locale] }),
    })
    topicIds.set(topic.key, result.id)
    count(result)
  }

  for (const session of sessions) {
    const localized = (locale: Locale) => ({
      title: session.title[locale],
      slug: session.slug[locale],
      summary: session.summary[locale],
      outcomes: paragraphsToRichText(session.outcomes[locale]),
      place: { city: session.place.city[locale], venue: session.place.venue[locale], country: session.place.country },
    })
    count(
      await ensureLocalizedDocument(payload, {
        collection: 'sessions',
        slugDe: session.slug.de,
        base: (locale) => ({
          ...localized(locale),
          dialogue: dialogueResult.id,
          kind: session.kind,
          format: session.format,
          startsAt: new Date(session.start).toISOString(),
          startsAt_tz: session.timeZone,
          endsAt: new Date(session.end).toISOString(),
          endsAt_tz: session.timeZone,
          topics: session.topics.map((key) => topicIds.get(key)),
          stakeholders: session.stakeholders.map((key) => stakeholderIds.get(key)),
        }),
        perLocale: localized,
      }),
    )
  }

  const pageIds = new Map<string, number>()
  for (const page of pages) {
    const result = await ensureLocalizedDocument(payload, {
      collection: 'pages',
      slugDe: page.slug.de,
      base: (locale) => ({
        title: page.title[locale],
        slug: page.slug[locale],
        key: page.key,
        summary: page.summary[locale],
        body: paragraphsToRichText(page.body[locale]),
        ...bitvFields(page.key, locale),
      }),
      perLocale: (locale, existing) => ({
        title: page.title[locale],
        slug: page.slug[locale],
        summary: page.summary[locale],
        body: paragraphsToRichText(page.body[locale]),
        ...bitvFields(page.key, locale, existing),
      }),
    })
    pageIds.set(page.key, result.id)
    count(result)
  }

  await seedGlobals(payload, pageIds)
  await seedSiteFrame(payload, dialogueResult.id)
  return report
}

async function seedGlobals(payload: Payload, pageIds: Map<string, number>) {
  const footer = await payload.findGlobal({ slug: 'footer', depth: 0 })
  if ((footer.links ?? []).length > 0) return
  const footerPages = pages.map((page) => ({ page, id: pageIds.get(page.key) }))
  const written = await payload.updateGlobal({
    slug: 'footer',
    locale: 'de',
    context: seedContext,
    data: { links: footerPages.map(({ page, id }) => ({ label: page.title.de, page: id })) },
  })
  for (const locale of ['es', 'en'] as const) {
    await payload.updateGlobal({
      slug: 'footer',
      locale,
      context: seedContext,
      data: {
        links: (written.links ?? []).map((row, i) => ({ id: row.id, label: footerPages[i].page.title[locale], page: footerPages[i].id })),
      },
    })
  }
}

// The header: the site's and the ministry's names and a placeholder logo (SiteSettings), and
// the main navigation. Left alone once editors have set them.
async function seedSiteFrame(payload: Payload, dialogueId: number) {
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  if (!settings.logo) {
    const data = await placeholderLogoPng()
    const logo = await payload.create({
      collection: 'media',
      locale: 'de',
      context: seedContext,
      data: { alt: logoAlt.de },
      file: { data, mimetype: 'image/png', name: 'logo-platzhalter.png', size: data.byteLength },
    })
    for (const locale of ['es', 'en'] as const) {
      await payload.update({ collection: 'media', id: logo.id, locale, context: seedContext, data: { alt: logoAlt[locale] } })
    }
    for (const locale of ['de', 'es', 'en'] as const) {
      await payload.updateGlobal({
        slug: 'site-settings',
        locale,
        context: seedContext,
        data: { siteName: siteNames[locale], ministryName: ministryNames[locale], logo: logo.id },
      })
    }
  }

  const dialogueFor = (section: string | null | undefined) => (section === 'dialogue' || section === 'sessions' ? dialogueId : null)
  const navigation = await payload.findGlobal({ slug: 'navigation', depth: 0 })
  if ((navigation.items ?? []).length > 0) return
  const written = await payload.updateGlobal({
    slug: 'navigation',
    locale: 'de',
    context: seedContext,
    data: { items: navigationItems.map((item) => ({ label: item.label.de, section: item.section, dialogue: dialogueFor(item.section) })) },
  })
  for (const locale of ['es', 'en'] as const) {
    await payload.updateGlobal({
      slug: 'navigation',
      locale,
      context: seedContext,
      data: { items: (written.items ?? []).map((row, i) => ({ id: row.id, label: navigationItems[i].label[locale], section: row.section, dialogue: dialogueFor(row.section) })) },
    })
  }
}
