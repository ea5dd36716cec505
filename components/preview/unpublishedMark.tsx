import type { MarkSection } from '@/components/content/articles/markSection'

// In the admin's preview: a section whose fields readers of this locale do not see yet is
// outlined and says so in words (an outline alone tells a screen reader nothing).
export function unpublishedMark(unpublished: readonly string[], label: string): MarkSection {
  const changed = new Set(unpublished)
  return function markUnpublished(fields, section) {
    return fields.some((field) => changed.has(field)) ? (
      <div className="preview-unpublished" data-unpublished={fields.join(' ')}>
        <p className="preview-unpublished-label">{label}</p>
        {section}
      </div>
    ) : (
      section
    )
  }
}
