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
      'Übersetzer:innen speichern Entwürfe. Veröffentlichen und Zurückziehen gelten für alle Sprachen des Dokuments und bleiben der Redaktion vorbehalten.',
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
    statusComplete: 'vollständig',
    issueCreateAsDraft: 'Eine neue Ausgabe beginnt als Entwurf (oder geplant); versendet wird sie danach.',
    issueTranslateDraftsOnly: 'Übersetzer:innen übersetzen Entwürfe. Diese Ausgabe ist geplant oder schon im Versand.',
    issueTransition: 'Dieser Statuswechsel ist nicht möglich: {{from}} → {{to}}.',
    issueFrozen: 'Der Versand hat begonnen: Inhalt und Empfänger:innen stehen fest ({{fields}}).',
    issueScheduleNeedsTime: 'Zum Planen braucht die Ausgabe einen Sendezeitpunkt.',
    dispatchHeading: 'Versand',
    dispatchPreview: 'Vorschau',
    dispatchPreviewIn: 'Vorschau auf {{language}}',
    dispatchTestSend: 'Testmail an mich senden',
    dispatchTestSent: 'Testmail an {{email}} gesendet.',
    dispatchSummary: 'Vor dem Versand',
    dispatchRecipients: '{{count}} Empfänger:innen',
    dispatchLanguageLine: '{{language}}: {{count}}',
    dispatchFallback: 'Nicht übersetzt, erhalten Deutsch: {{languages}}',
    dispatchNoFallback: 'Alle Sprachen der Empfänger:innen sind übersetzt.',
    dispatchSend: 'Jetzt senden',
    dispatchConfirm: 'An {{count}} Empfänger:innen senden?',
    dispatchPause: 'Anhalten',
    dispatchResume: 'Fortsetzen',
    dispatchProgress: 'Gesendet {{sent}} · ausstehend {{pending}} · fehlgeschlagen {{failed}} · übersprungen {{skipped}}',
    dispatchSaveFirst: 'Speichern Sie die Ausgabe, um Vorschau und Versand zu sehen.',
    dispatchFailed: 'Das hat nicht geklappt: {{message}}',
  },
}

type Texts = typeof de

const es: Texts = {
  digitaldialoge: {
    translatorFieldsOnly:
      'Los traductores solo cambian campos traducibles. No se permite cambiar valores iguales en todos los idiomas ni filas (número, orden, ID): {{fields}}',
    translatorDraftsOnly:
      'Los traductores guardan borradores. Publicar y retirar afectan a todos los idiomas del documento y corresponden a la redacción.',
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
    statusComplete: 'completo',
    issueCreateAsDraft: 'Una edición nueva empieza como borrador (o programada); se envía después.',
    issueTranslateDraftsOnly: 'Los traductores traducen borradores. Esta edición está programada o ya se está enviando.',
    issueTransition: 'Este cambio de estado no es posible: {{from}} → {{to}}.',
    issueFrozen: 'El envío ha comenzado: el contenido y los destinatarios ya no cambian ({{fields}}).',
    issueScheduleNeedsTime: 'Para programarla, la edición necesita una fecha de envío.',
    dispatchHeading: 'Envío',
    dispatchPreview: 'Vista previa',
    dispatchPreviewIn: 'Vista previa en {{language}}',
    dispatchTestSend: 'Enviarme un correo de prueba',
    dispatchTestSent: 'Correo de prueba enviado a {{email}}.',
    dispatchSummary: 'Antes del envío',
    dispatchRecipients: '{{count}} destinatarios',
    dispatchLanguageLine: '{{language}}: {{count}}',
    dispatchFallback: 'Sin traducir, reciben alemán: {{languages}}',
    dispatchNoFallback: 'Todos los idiomas de los destinatarios están traducidos.',
    dispatchSend: 'Enviar ahora',
    dispatchConfirm: '¿Enviar a {{count}} destinatarios?',
    dispatchPause: 'Pausar',
    dispatchResume: 'Reanudar',
    dispatchProgress: 'Enviados {{sent}} · pendientes {{pending}} · fallidos {{failed}} · omitidos {{skipped}}',
    dispatchSaveFirst: 'Guarde la edición para ver la vista previa y el envío.',
    dispatchFailed: 'No ha funcionado: {{message}}',
  },
}

const en: Texts = {
  digitaldialoge: {
    translatorFieldsOnly:
      'Translators change translatable fields only. Values that are the same in every language, and rows (number, order, ids), may not be changed: {{fields}}',
    translatorDraftsOnly:
      'Translators save drafts. Publishing and unpublishing apply to every language of the document and are left to editors.',
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
    statusComplete: 'complete',
    issueCreateAsDraft: 'A new issue starts as a draft (or scheduled); it is sent afterwards.',
    issueTranslateDraftsOnly: 'Translators translate drafts. This issue is scheduled or already sending.',
    issueTransition: 'This status change is not possible: {{from}} → {{to}}.',
    issueFrozen: 'Sending has started: content and audience are fixed ({{fields}}).',
    issueScheduleNeedsTime: 'To schedule the issue, give it a time to send.',
    dispatchHeading: 'Sending',
    dispatchPreview: 'Preview',
    dispatchPreviewIn: 'Preview in {{language}}',
    dispatchTestSend: 'Send a test mail to me',
    dispatchTestSent: 'Test mail sent to {{email}}.',
    dispatchSummary: 'Before sending',
    dispatchRecipients: '{{count}} recipients',
    dispatchLanguageLine: '{{language}}: {{count}}',
    dispatchFallback: 'Not translated, they get German: {{languages}}',
    dispatchNoFallback: 'Every recipient language is translated.',
    dispatchSend: 'Send now',
    dispatchConfirm: 'Send to {{count}} recipients?',
    dispatchPause: 'Pause',
    dispatchResume: 'Resume',
    dispatchProgress: 'Sent {{sent}} · pending {{pending}} · failed {{failed}} · skipped {{skipped}}',
    dispatchSaveFirst: 'Save the issue to see its preview and sending.',
    dispatchFailed: 'That did not work: {{message}}',
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
