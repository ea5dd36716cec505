import type { Localized } from './types'

// The structured parts of the BITV pages (fields/accessibilityStatement.ts,
// fields/bitvExplanations.ts). Every fact the ministry must supply is marked PLATZHALTER /
// MARCADOR DE POSICIÓN / PLACEHOLDER: the evaluation's result, the dates, the contact, the films.

export interface BarrierSeed {
  content: Localized
  reason: Localized
  alternative: Localized
}

export interface StatementSeed {
  conformance: 'full' | 'partial' | 'none'
  method: 'self-assessment' | 'external-test'
  preparedOn: string
  lastReviewedOn: string
  barriers: BarrierSeed[]
  contact: { email: string; address: Localized }
}

export const statement: StatementSeed = {
  // Until the site is evaluated nobody can claim more than partial compliance.
  conformance: 'partial',
  method: 'self-assessment',
  // PLATZHALTER: the day the seed was written; the ministry enters the evaluation's dates.
  preparedOn: '2026-12-02T12:00:00.000Z',
  lastReviewedOn: '2026-12-02T12:00:00.000Z',
  barriers: [
    {
      content: {
        de: 'PLATZHALTER: Ergebnis der Prüfung nach BITV 2.0',
        es: 'MARCADOR DE POSICIÓN: resultado de la evaluación según la BITV 2.0',
        en: 'PLACEHOLDER: result of the evaluation under BITV 2.0',
      },
      reason: {
        de: 'Die Website ist noch nicht nach BITV 2.0 geprüft worden. Das Ministerium trägt hier die Inhalte ein, die die Prüfung als nicht barrierefrei feststellt, und begründet jede Ausnahme.',
        es: 'El sitio web aún no se ha evaluado según la BITV 2.0. El Ministerio indicará aquí los contenidos que la evaluación considere no accesibles y justificará cada excepción.',
        en: 'The website has not yet been evaluated under BITV 2.0. The ministry will list here the content the evaluation finds not accessible and give the reason for each exemption.',
      },
      alternative: {
        de: 'Melden Sie uns über das Formular „Barriere melden“, welche Inhalte Sie nicht nutzen können; wir stellen sie Ihnen in zugänglicher Form bereit.',
        es: 'Indíquenos mediante el formulario «Notificar una barrera» qué contenidos no puede utilizar; se los facilitaremos en un formato accesible.',
        en: 'Tell us through the form “Report a barrier” which content you cannot use; we will provide it in an accessible form.',
      },
    },
    {
      content: {
        de: 'Videos in Deutscher Gebärdensprache',
        es: 'Videos en lengua de signos alemana',
        en: 'Videos in German Sign Language',
      },
      reason: {
        de: 'PLATZHALTER: Die Videos werden noch erstellt; das Ministerium liefert sie nach.',
        es: 'MARCADOR DE POSICIÓN: los videos aún se están elaborando; el Ministerio los facilitará.',
        en: 'PLACEHOLDER: the videos are still being produced; the ministry will supply them.',
      },
      alternative: {
        de: 'Die Erläuterungen stehen als Text auf der Seite „Gebärdensprache“ und in Leichter Sprache.',
        es: 'Las explicaciones están disponibles como texto en la página «Lengua de signos» y en lectura fácil.',
        en: 'The explanations are available as text on the “Sign language” page and in easy language.',
      },
    },
  ],
  contact: {
    // PLATZHALTER: the ministry's real feedback address (example.org receives nothing).
    email: 'platzhalter-barrierefreiheit@example.org',
    address: {
      de: 'PLATZHALTER: Anschrift der für die Barrierefreiheit zuständigen Stelle im BMDS – vom Ministerium einzutragen.',
      es: 'MARCADOR DE POSICIÓN: dirección de la unidad del BMDS responsable de la accesibilidad; debe indicarla el Ministerio.',
      en: 'PLACEHOLDER: address of the unit at the BMDS responsible for accessibility – to be entered by the ministry.',
    },
  },
}

export type ExplanationsSeed = Record<'content' | 'navigation' | 'statement' | 'furtherInfo', Localized>

// Leichte Sprache: short sentences, one statement each (Netzwerk Leichte Sprache rules); to be
// checked by a review group before publication — hence the placeholder mark.
export const easyLanguage: ExplanationsSeed = {
  content: {
    de: 'PLATZHALTER: Eine Prüf-Gruppe muss diesen Text noch lesen.\n\nAuf dieser Internet-Seite geht es um den Digital-Dialog.\nDeutschland und Mexiko sprechen miteinander.\nSie sprechen über das Internet und über Computer.\nDas Ministerium für Digitales in Deutschland hat den Dialog beauftragt.\n\nDie Länder sprechen über 3 Themen:\n- Alle Menschen sollen das Internet nutzen können.\n- Gute Regeln für das Internet.\n- Neue Technik.',
    es: 'MARCADOR DE POSICIÓN: un grupo de validación todavía tiene que leer este texto.\n\nEsta página web trata del diálogo digital.\nAlemania y México hablan entre sí.\nHablan de internet y de los ordenadores.\nEl Ministerio alemán de Asuntos Digitales ha encargado el diálogo.\n\nLos países hablan de 3 temas:\n- Todas las personas deben poder usar internet.\n- Buenas reglas para internet.\n- Tecnología nueva.',
    en: 'PLACEHOLDER: a review group still has to read this text.\n\nThis website is about the digital dialogue.\nGermany and Mexico talk to each other.\nThey talk about the internet and computers.\nThe German Ministry for Digital Affairs asked for the dialogue.\n\nThe countries talk about 3 topics:\n- Everybody should be able to use the internet.\n- Good rules for the internet.\n- New technology.',
  },
  navigation: {
    de: 'Oben auf jeder Seite steht der Name der Internet-Seite.\nDort können Sie auch die Sprache wählen.\n\nUnten auf jeder Seite sind Links.\nZum Beispiel zu dieser Seite in Leichter Sprache.\nUnd zur Seite in Gebärden-Sprache.',
    es: 'Arriba en cada página está el nombre del sitio web.\nAllí también puede elegir el idioma.\n\nAbajo en cada página hay enlaces.\nPor ejemplo, a esta página en lectura fácil.\nY a la página en lengua de signos.',
    en: 'At the top of every page is the name of the website.\nThere you can also choose the language.\n\nAt the bottom of every page are links.\nFor example to this page in easy language.\nAnd to the page in sign language.',
  },
  statement: {
    de: 'Wir wollen, dass alle Menschen diese Internet-Seite gut nutzen können.\nDas steht in einem Gesetz.\n\nIn der Erklärung zur Barriere-Freiheit steht:\n- Was auf der Internet-Seite noch nicht gut funktioniert.\n- Wie Sie uns Probleme melden können.\n- Wohin Sie sich wenden können, wenn wir nicht helfen.',
    es: 'Queremos que todas las personas puedan usar bien esta página web.\nAsí lo dice una ley.\n\nLa declaración de accesibilidad dice:\n- Qué cosas de la página web todavía no funcionan bien.\n- Cómo puede contarnos un problema.\n- A quién puede dirigirse si no le ayudamos.',
    en: 'We want everybody to be able to use this website well.\nA law says so.\n\nThe accessibility statement says:\n- What does not work well on the website yet.\n- How you can tell us about problems.\n- Who you can turn to if we do not help.',
  },
  furtherInfo: {
    de: 'PLATZHALTER: Das Ministerium ergänzt hier weitere Texte in Leichter Sprache.\n\nEs gibt auch eine Seite in Deutscher Gebärden-Sprache.\nDen Link finden Sie unten auf jeder Seite.',
    es: 'MARCADOR DE POSICIÓN: el Ministerio añadirá aquí más textos en lectura fácil.\n\nTambién hay una página en lengua de signos alemana.\nEl enlace está abajo en cada página.',
    en: 'PLACEHOLDER: the ministry will add more texts in easy language here.\n\nThere is also a page in German Sign Language.\nYou find the link at the bottom of every page.',
  },
}

// What each DGS film says, as text beside it (its transcript once the film exists).
export const signLanguage: ExplanationsSeed = {
  content: {
    de: 'PLATZHALTER: Hier steht, was das Video über die Inhalte dieser Website sagt: den Digitaldialog zwischen Deutschland und Mexiko, seine Sitzungen, Themen und beteiligten Institutionen.',
    es: 'MARCADOR DE POSICIÓN: aquí figurará lo que dice el video sobre los contenidos de este sitio web: el diálogo digital entre Alemania y México, sus sesiones, temas e instituciones participantes.',
    en: 'PLACEHOLDER: this is where the text of what the video says about the website’s content will be: the digital dialogue between Germany and Mexico, its sessions, topics and participating institutions.',
  },
  navigation: {
    de: 'PLATZHALTER: Hier steht, wie das Video die Navigation erklärt: die Sprachauswahl oben, die Links zu Leichter Sprache, Gebärdensprache und zur Erklärung zur Barrierefreiheit unten auf jeder Seite.',
    es: 'MARCADOR DE POSICIÓN: aquí figurará cómo explica el video la navegación: la selección de idioma arriba y los enlaces a lectura fácil, lengua de signos y la declaración de accesibilidad abajo en cada página.',
    en: 'PLACEHOLDER: this is where the text of how the video explains the navigation will be: the language choice at the top, the links to easy language, sign language and the accessibility statement at the bottom of every page.',
  },
  statement: {
    de: 'PLATZHALTER: Hier steht, was das Video über die Erklärung zur Barrierefreiheit sagt: was noch nicht barrierefrei ist, wie man Barrieren meldet und dass die Schlichtungsstelle nach § 16 BGG hilft.',
    es: 'MARCADOR DE POSICIÓN: aquí figurará lo que dice el video sobre la declaración de accesibilidad: qué aún no es accesible, cómo notificar barreras y que el órgano de conciliación del art. 16 BGG puede ayudar.',
    en: 'PLACEHOLDER: this is where the text of what the video says about the accessibility statement will be: what is not yet accessible, how to report barriers, and that the conciliation body under section 16 BGG can help.',
  },
  furtherInfo: {
    de: 'PLATZHALTER: Hier stehen Hinweise auf weitere Videos in Gebärdensprache und auf die Texte in Leichter Sprache.',
    es: 'MARCADOR DE POSICIÓN: aquí figurarán indicaciones sobre otros videos en lengua de signos y sobre los textos en lectura fácil.',
    en: 'PLACEHOLDER: this is where pointers to further sign-language videos and to the texts in easy language will be.',
  },
}
