import type { Field } from 'payload'
import { isTranslatable } from '../i18n/strings/localizedLeaves'

const germanSource = '/components/admin/GermanSource#GermanSource'

// Every translatable field, inside groups, rows, collapsibles, tabs, arrays and blocks, shows
// the German text beside it while the document is edited in another locale. Applying it twice
// changes nothing.
export function withGermanSource(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withGermanSource(tab.fields) })) }
    if (field.type === 'blocks') return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: withGermanSource(block.fields) })) }
    if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: withGermanSource(field.fields) } as Field
    if (!('name' in field) || !isTranslatable(field)) return field
    const components = (field.admin as { components?: { afterInput?: unknown[] } } | undefined)?.components
    // Applied again once plugins have added their fields (plugins/germanSourceForPluginFields).
    if (components?.afterInput?.includes(germanSource)) return field
    return {
      ...field,
      admin: { ...field.admin, components: { ...components, afterInput: [...(components?.afterInput ?? []), germanSource] } },
    } as Field
  })
}
