// Collections with drafts whose latest version editors can preview from the admin.
export const previewableCollections = ['dialogues', 'sessions', 'topics', 'stakeholders', 'pages'] as const
export type PreviewableCollection = (typeof previewableCollections)[number]

export const isPreviewable = (value: string): value is PreviewableCollection =>
  (previewableCollections as readonly string[]).includes(value)

export const previewPath = (collection: PreviewableCollection, locale: string, id: number | string) =>
  `/${locale}/preview/${collection}/${id}`
