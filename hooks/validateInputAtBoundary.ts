import { APIError, ValidationError, type CollectionBeforeOperationHook, type CollectionSlug } from 'payload'
import { adminText, type AdminTextKey } from '../i18n/adminTranslations'
import { isLocale } from '../i18n/locales'
import { inputProblems, type Expected, type RelationIds } from './inputProblems'

const expectedText: Record<Expected, AdminTextKey> = {
  text: 'digitaldialoge:expectedText',
  number: 'digitaldialoge:expectedNumber',
  boolean: 'digitaldialoge:expectedBoolean',
  date: 'digitaldialoge:expectedDate',
  object: 'digitaldialoge:expectedObject',
  list: 'digitaldialoge:expectedList',
  id: 'digitaldialoge:expectedId',
}

const writes = new Set(['create', 'update', 'updateByID'])

// Bad input gets a 400 naming the field, before anything is written.
export const validateInputAtBoundary: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  const t = adminText(req)
  for (const key of ['locale', 'fallback-locale', 'fallbackLocale'] as const) {
    const requested = req.query?.[key]
    const allowedForReads = requested === 'all' && !writes.has(operation)
    const allowedFallback = key !== 'locale' && (requested === 'none' || requested === 'false' || requested === 'null')
    if (requested !== undefined && !isLocale(requested) && !allowedForReads && !allowedFallback) {
      throw new APIError(t('digitaldialoge:unknownLocale'), 400, null, true)
    }
  }
  if (!writes.has(operation)) return args
  // Server code that checked its input where it entered says so (newsletter/writeContext.ts);
  // checking again would be a second answer to the same question, and a query per write.
  if (req.context?.inputCheckedAtBoundary === true) return args
  if (req.locale === 'all') throw new APIError(t('digitaldialoge:unknownLocale'), 400, null, true)

  const relations: RelationIds = new Map()
  const errors = inputProblems(collection.fields, (args as { data?: unknown }).data, relations).map(({ path, expected }) => ({
    path,
    message: t(expectedText[expected]),
  }))
  for (const [target, ids] of relations) {
    const wanted = [...ids.keys()]
    const { docs } = await req.payload.find({
      collection: target as CollectionSlug,
      where: { id: { in: wanted } },
      depth: 0,
      limit: wanted.length,
      pagination: false,
      overrideAccess: true,
      draft: true,
      select: {},
      req,
    })
    const found = new Set(docs.map((doc) => Number(doc.id)))
    for (const id of wanted.filter((candidate) => !found.has(candidate))) {
      errors.push({ path: ids.get(id) ?? target, message: t('digitaldialoge:notFound', { collection: target, id }) })
    }
  }
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors }, req.t)
  return args
}
