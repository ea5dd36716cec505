import { APIError, ValidationError, type CollectionBeforeOperationHook, type CollectionSlug } from 'payload'
import { isLocale } from '../i18n/locales'
import { inputProblems, type Expected, type RelationIds } from './inputProblems'

type Language = 'de' | 'es' | 'en'
const expectedText: Record<Expected, Record<Language, string>> = {
  text: { de: 'Text erwartet.', es: 'Se esperaba texto.', en: 'Text expected.' },
  number: { de: 'Zahl erwartet.', es: 'Se esperaba un número.', en: 'Number expected.' },
  boolean: { de: 'Ja/Nein erwartet.', es: 'Se esperaba sí/no.', en: 'Yes/no expected.' },
  date: { de: 'Gültiges Datum erwartet.', es: 'Se esperaba una fecha válida.', en: 'Valid date expected.' },
  object: { de: 'Strukturierter Wert erwartet.', es: 'Se esperaba un valor estructurado.', en: 'Structured value expected.' },
  list: { de: 'Liste erwartet.', es: 'Se esperaba una lista.', en: 'List expected.' },
  id: { de: 'Gültige Dokument-ID erwartet.', es: 'Se esperaba un ID de documento válido.', en: 'Valid document id expected.' },
}
const missing = { de: 'Nicht gefunden: ', es: 'No encontrado: ', en: 'Not found: ' }
const badLocale = {
  de: 'Unbekannte Sprache. Erlaubt: de, es, en.',
  es: 'Idioma desconocido. Permitidos: de, es, en.',
  en: 'Unknown locale. Allowed: de, es, en.',
}

const writes = new Set(['create', 'update', 'updateByID'])

// Bad input gets a 400 naming the field, before anything is written.
export const validateInputAtBoundary: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  const language = ((req.i18n?.language ?? 'de') in badLocale ? req.i18n.language : 'de') as Language
  for (const key of ['locale', 'fallback-locale', 'fallbackLocale'] as const) {
    const requested = req.query?.[key]
    const allowedForReads = requested === 'all' && !writes.has(operation)
    const allowedFallback = key !== 'locale' && (requested === 'none' || requested === 'false' || requested === 'null')
    if (requested !== undefined && !isLocale(requested) && !allowedForReads && !allowedFallback) {
      throw new APIError(badLocale[language], 400, null, true)
    }
  }
  if (!writes.has(operation)) return args
  // Server code that checked its input where it entered says so (newsletter/writeContext.ts);
  // checking again would be a second answer to the same question, and a query per write.
  if (req.context?.inputCheckedAtBoundary === true) return args
  if (req.locale === 'all') throw new APIError(badLocale[language], 400, null, true)

  const relations: RelationIds = new Map()
  const errors = inputProblems(collection.fields, (args as { data?: unknown }).data, relations).map(({ path, expected }) => ({
    path,
    message: expectedText[expected][language],
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
      errors.push({ path: ids.get(id) ?? target, message: `${missing[language]}${target} ${id}` })
    }
  }
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors }, req.t)
  return args
}
