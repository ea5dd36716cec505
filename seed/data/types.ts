export type Localized<T = string> = { de: T; es: T; en: T }
export type StakeholderKey = 'se' | 'atdt' | 'bmds'
export type AreaKey = 'digital-inclusion' | 'digital-policy' | 'new-technologies'
export type TopicKey = 'msme-digital-transformation' | 'data-policy' | 'internet-governance' | '5g' | 'artificial-intelligence' | 'data-centres' | 'smart-mobility'
export type PageKey = 'imprint' | 'privacy' | 'accessibility' | 'easy-language' | 'sign-language'
export type Paragraphs = Localized<string[]>  // rich text as plain paragraphs per locale
export interface StakeholderSeed { key: StakeholderKey; name: Localized; acronym: string; country: 'DE' | 'MX'; sector: 'government' | 'business' | 'academia' | 'civil-society' | 'international'; website: string; description: Localized }
export interface WorkplanAreaSeed { key: AreaKey; title: Localized; slug: Localized; description: Localized; order: number }
export interface TopicSeed { key: TopicKey; title: Localized; slug: Localized; description: Localized; areas: AreaKey[] }
export interface MilestoneSeed { year: number; label: Localized; text: Localized }
export interface DialogueSeed { key: 'mexico'; title: Localized; slug: Localized; partnerCountry: { code: 'MX'; name: Localized }; summary: Localized; body: Paragraphs; milestones: MilestoneSeed[]; partnerInstitutions: StakeholderKey[] }
export interface SessionSeed { key: string; title: Localized; slug: Localized; kind: 'annual-session' | 'working-group' | 'workshop'; start: string /* ISO 8601 with offset */; end: string; timeZone: string /* IANA */; place: { city: Localized; country: 'DE' | 'MX'; venue: Localized }; format: 'in-person' | 'online' | 'hybrid'; summary: Localized; outcomes: Paragraphs; topics: TopicKey[]; stakeholders: StakeholderKey[] }
export interface PageSeed { key: PageKey; title: Localized; slug: Localized; summary: Localized; body: Paragraphs }
