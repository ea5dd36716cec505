import { t as translate, type NestedKeysStripped, type TFunction } from '@payloadcms/translations'

// What the admin and the API say in our own words, in the admin's language (Payload picks it
// from the account's setting or Accept-Language). payload.config.ts merges these tables into
// Payload's, so `req.t('digitaldialoge:…')` finds them; `{{name}}` is a value filled in,
// `_one`/`_other` pick the form for `count`.
const de = {
  digitaldialoge: {
    translatorFieldsOnly:
      'Übersetzer:innen ändern nur übersetzbare Felder. Nicht erlaubt ist, Werte, die in allen Sprachen gleich sind, oder Zeilen (Anzahl, Reihenfolge, IDs) zu ändern: {{fields}}',
    translatorDraftsOnly:
      'Übersetzer:innen speichern Entwürfe. Jede Sprache veröffentlicht oder zieht die Redaktion zurück; markieren Sie Ihre Übersetzung als „bereit zur Prüfung“.',
    translatorNoRestore:
      'Übersetzer:innen können keine Version wiederherstellen: Das ersetzt den Text aller Sprachen. Bitten Sie die Redaktion darum.',
    expectedText: 'Text erwartet.',
    expectedNumber: 'Zahl erwartet.',
    expectedBoolean: 'Ja/Nein erwartet.',
    expectedDate: 'Gültiges Datum erwartet.',
    expectedObject: 'Strukturierter Wert erwartet.',
    expectedList: 'Liste erwartet.',
    expectedId: 'Gültige Dokument-ID erwartet.',
    notFound: 'Nicht gefunden: {{collection}} {{id}}',
    unknownLocale: 'Unbekannte Sprache. Erlaubt: de, es, en.',
    stillReferenced: 'Wird noch verwendet ({{count}}×). Entfernen Sie zuerst die Verweise: {{references}}',
    slugPattern: 'Nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche, z. B. „digitale-inklusion“.',
    endsBeforeStart: 'Das Ende liegt vor dem Beginn.',
    icuSyntax: 'Der Text ist keine gültige ICU-Nachricht ({{detail}}). Prüfen Sie geschweifte Klammern und Apostrophe.',
    icuPlaceholders: 'Die Platzhalter müssen dem deutschen Text entsprechen: erwartet {{expected}}, gefunden {{found}}.',
    icuTags: 'Die Auszeichnungen müssen dem deutschen Text entsprechen: erwartet {{expected}}, gefunden {{found}}.',
    icuMarkup: 'Der Text enthält HTML-Auszeichnung, die der deutsche Text nicht vorsieht: {{found}}. Erlaubt sind nur die Auszeichnungen des deutschen Textes; ein „<“ vor einem Buchstaben ist nicht erlaubt.',
    icuNone: 'keine',
    statusHeading: 'Stand der Übersetzungen',
    statusLanguage: 'Sprache',
    statusStrings: 'Oberflächentexte',
    statusContent: 'Inhaltsfelder',
    statusSource: 'Ausgangssprache',
    statusToReview: '{{count}} zu prüfen',
    statusMissingStrings: '{{count}} Oberflächentexte offen',
    statusMissingContent: '{{count}} Dokumente mit fehlenden Feldern',
    workHeadingTranslator: 'Meine Übersetzungsaufgaben',
    workHeadingEditor: 'Übersetzungen zur Prüfung',
    workOutdated: 'Veraltet (deutscher Text geändert)',
    workMissing: 'Fehlt',
    workForReview: 'Bereit zur Prüfung',
    workNothing: 'Nichts offen.',
    germanSource: 'Deutscher Ausgangstext',
    germanChanged: 'Seit Ihrer letzten Speicherung geändert; vorher:',
    copyGerman: 'Deutschen Text übernehmen',
    statusOutdatedContent: '{{count}} Dokumente mit veralteten Übersetzungen (deutscher Text geändert)',
    statusComplete: 'vollständig',
  },
}

type Texts = typeof de

const es: Texts = {
  digitaldialoge: {
    translatorFieldsOnly:
      'Los traductores solo cambian campos traducibles. No se permite cambiar valores iguales en todos los idiomas ni filas (número, orden, ID): {{fields}}',
    translatorDraftsOnly:
      'Los traductores guardan borradores. Publicar o retirar cada idioma corresponde a la redacción; marque su traducción como «lista para revisión».',
    translatorNoRestore:
      'Los traductores no pueden restaurar una versión: eso reemplaza el texto de todos los idiomas. Pídaselo a la redacción.',
    expectedText: 'Se esperaba texto.',
    expectedNumber: 'Se esperaba un número.',
    expectedBoolean: 'Se esperaba sí/no.',
    expectedDate: 'Se esperaba una fecha válida.',
    expectedObject: 'Se esperaba un valor estructurado.',
    expectedList: 'Se esperaba una lista.',
    expectedId: 'Se esperaba un ID de documento válido.',
    notFound: 'No encontrado: {{collection}} {{id}}',
    unknownLocale: 'Idioma desconocido. Permitidos: de, es, en.',
    stillReferenced: 'Todavía está en uso ({{count}}×). Elimine primero las referencias: {{references}}',
    slugPattern: 'Solo minúsculas a–z, cifras y guiones simples, p. ej. «inclusion-digital».',
    endsBeforeStart: 'El fin es anterior al inicio.',
    icuSyntax: 'El texto no es un mensaje ICU válido ({{detail}}). Revise las llaves y los apóstrofos.',
    icuPlaceholders: 'Los marcadores deben coincidir con el texto alemán: se esperaba {{expected}}, se encontró {{found}}.',
    icuTags: 'Las etiquetas deben coincidir con el texto alemán: se esperaba {{expected}}, se encontró {{found}}.',
    icuMarkup: 'El texto contiene marcado HTML que el texto alemán no prevé: {{found}}. Solo se permiten las etiquetas del texto alemán; no se admite «<» delante de una letra.',
    icuNone: 'ninguno',
    statusHeading: 'Estado de las traducciones',
    statusLanguage: 'Idioma',
    statusStrings: 'Textos de la interfaz',
    statusContent: 'Campos de contenido',
    statusSource: 'idioma de origen',
    statusToReview: '{{count}} por revisar',
    statusMissingStrings: '{{count}} textos de la interfaz pendientes',
    statusMissingContent: '{{count}} documentos con campos pendientes',
    workHeadingTranslator: 'Mis tareas de traducción',
    workHeadingEditor: 'Traducciones para revisar',
    workOutdated: 'Desactualizado (texto alemán cambiado)',
    workMissing: 'Pendiente',
    workForReview: 'Lista para revisión',
    workNothing: 'Nada pendiente.',
    germanSource: 'Texto original en alemán',
    germanChanged: 'Cambiado desde su último guardado; antes:',
    copyGerman: 'Copiar el texto alemán',
    statusOutdatedContent: '{{count}} documentos con traducciones desactualizadas (texto alemán cambiado)',
    statusComplete: 'completo',
  },
}

const en: Texts = {
  digitaldialoge: {
    translatorFieldsOnly:
      'Translators change translatable fields only. Values that are the same in every language, and rows (number, order, ids), may not be changed: {{fields}}',
    translatorDraftsOnly:
      'Translators save drafts. Editors publish or unpublish each language; mark your translation as “ready for review”.',
    translatorNoRestore: 'Translators cannot restore a version: that replaces the text of every language. Ask an editor.',
    expectedText: 'Text expected.',
    expectedNumber: 'Number expected.',
    expectedBoolean: 'Yes/no expected.',
    expectedDate: 'Valid date expected.',
    expectedObject: 'Structured value expected.',
    expectedList: 'List expected.',
    expectedId: 'Valid document id expected.',
    notFound: 'Not found: {{collection}} {{id}}',
    unknownLocale: 'Unknown locale. Allowed: de, es, en.',
    stillReferenced: 'Still in use ({{count}}×). Remove the references first: {{references}}',
    slugPattern: 'Only lowercase a–z, digits and single hyphens, e.g. "digital-inclusion".',
    endsBeforeStart: 'The end is before the start.',
    icuSyntax: 'The text is not a valid ICU message ({{detail}}). Check curly braces and apostrophes.',
    icuPlaceholders: 'Placeholders must match the German text: expected {{expected}}, found {{found}}.',
    icuTags: 'Tags must match the German text: expected {{expected}}, found {{found}}.',
    icuMarkup: 'The text contains HTML markup the German text does not declare: {{found}}. Only the German text\'s tags are allowed; "<" before a letter is not.',
    icuNone: 'none',
    statusHeading: 'Translation status',
    statusLanguage: 'Language',
    statusStrings: 'Interface strings',
    statusContent: 'Content fields',
    statusSource: 'source language',
    statusToReview: '{{count}} to review',
    statusMissingStrings: '{{count}} interface strings open',
    statusMissingContent: '{{count}} documents with missing fields',
    workHeadingTranslator: 'My translation tasks',
    workHeadingEditor: 'Translations to review',
    workOutdated: 'Outdated (German text changed)',
    workMissing: 'Missing',
    workForReview: 'Ready for review',
    workNothing: 'Nothing open.',
    germanSource: 'German source text',
    germanChanged: 'Changed since your last save; before:',
    copyGerman: 'Copy German text',
    statusOutdatedContent: '{{count}} documents with outdated translations (German text changed)',
    statusComplete: 'complete',
  },
}

export const adminTranslations = { de, es, en }

export type AdminTextKey = NestedKeysStripped<Texts>

// Payload types `req.t` and `i18n.t` with its own keys only; ours are in the same tables.
export const adminText = (source: { t: unknown }) => source.t as TFunction<AdminTextKey>

// Outside a request (the command-line import): the same texts in a fixed language.
export const adminTextIn =
  (language: keyof typeof adminTranslations): TFunction<AdminTextKey> =>
  (key, vars) =>
    translate({ key, translations: adminTranslations[language], vars })
