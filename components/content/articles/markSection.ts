import type { ReactNode } from 'react'

// How a page's sections are shown: on the reader site as they are; the admin's preview
// (components/preview/UnpublishedMark) marks those whose fields are not yet published in the
// locale being edited. One component per page serves both, so the preview is the reader page.
export type MarkSection = (fields: readonly string[], section: ReactNode) => ReactNode

export const unmarked: MarkSection = (_fields, section) => section
