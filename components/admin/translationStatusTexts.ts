type Language = 'de' | 'es' | 'en'

const texts = {
  de: {
    heading: 'Stand der Übersetzungen',
    language: 'Sprache',
    strings: 'Oberflächentexte',
    content: 'Inhaltsfelder',
    source: 'Ausgangssprache',
    toReview: (n: number) => `${n} zu prüfen`,
    missingStrings: (n: number) => `${n} Oberflächentexte offen`,
    missingContent: (n: number) => `${n} Dokumente mit fehlenden Feldern`,
    complete: 'vollständig',
  },
  es: {
    heading: 'Estado de las traducciones',
    language: 'Idioma',
    strings: 'Textos de la interfaz',
    content: 'Campos de contenido',
    source: 'idioma de origen',
    toReview: (n: number) => `${n} por revisar`,
    missingStrings: (n: number) => `${n} textos de la interfaz pendientes`,
    missingContent: (n: number) => `${n} documentos con campos pendientes`,
    complete: 'completo',
  },
  en: {
    heading: 'Translation status',
    language: 'Language',
    strings: 'Interface strings',
    content: 'Content fields',
    source: 'source language',
    toReview: (n: number) => `${n} to review`,
    missingStrings: (n: number) => `${n} interface strings open`,
    missingContent: (n: number) => `${n} documents with missing fields`,
    complete: 'complete',
  },
}

export const translationStatusTexts = (language: string | undefined) => texts[(language as Language) in texts ? (language as Language) : 'de']
