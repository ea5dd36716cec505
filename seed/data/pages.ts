import type { PageSeed } from './types'

// All pages below are drafts. They describe the intended content only and
// contain no addresses, phone numbers, names or other legal details; the
// ministry must complete and approve them before publication.

export const pages: PageSeed[] = [
  {
    key: 'imprint',
    title: { de: 'Impressum', es: 'Aviso legal', en: 'Imprint' },
    slug: { de: 'impressum', es: 'aviso-legal', en: 'imprint' },
    summary: {
      de: 'Entwurf: Angaben zum Anbieter dieser Website, die das Ministerium noch vervollständigen muss.',
      es: 'Borrador: datos sobre el responsable de este sitio web, que el Ministerio aún debe completar.',
      en: 'Draft: information on the provider of this website, still to be completed by the ministry.',
    },
    body: {
      de: [
        'Entwurf: Dieser Text ist ein Platzhalter. Das Ministerium muss die Angaben auf dieser Seite vor der Veröffentlichung vervollständigen und prüfen.',
        'Das Impressum wird die gesetzlich vorgeschriebenen Angaben zum Anbieter dieser Website enthalten, insbesondere den Namen und die Anschrift der verantwortlichen Stelle, ihre Vertretung sowie Möglichkeiten zur Kontaktaufnahme.',
        'Außerdem wird es benennen, wer für die redaktionellen Inhalte verantwortlich ist. Hinweise zum Urheberrecht und zur Haftung für eigene Inhalte sowie für Verweise auf externe Websites werden ergänzt, sobald das Ministerium sie festgelegt hat.',
      ],
      es: [
        'Borrador: este texto es provisional. El Ministerio debe completar y revisar la información de esta página antes de su publicación.',
        'El aviso legal contendrá los datos exigidos por la ley sobre el responsable de este sitio web, en particular el nombre y la dirección de la entidad responsable, su representación y las vías de contacto.',
        'Asimismo, indicará quién es responsable de los contenidos editoriales. Las indicaciones sobre derechos de autor y sobre la responsabilidad por los contenidos propios y por los enlaces a sitios web externos se añadirán en cuanto el Ministerio las haya definido.',
      ],
      en: [
        'Draft: this text is a placeholder. The ministry must complete and review the information on this page before publication.',
        'The imprint will contain the legally required information on the provider of this website, in particular the name and address of the responsible body, its legal representation and the means of contact.',
        "It will also state who is responsible for the editorial content. Notes on copyright and on liability for the provider's own content and for links to external websites will be added once the ministry has determined them.",
      ],
    },
  },
  {
    key: 'privacy',
    title: { de: 'Datenschutz', es: 'Privacidad', en: 'Privacy' },
    slug: { de: 'datenschutz', es: 'privacidad', en: 'privacy' },
    summary: {
      de: 'Entwurf der Datenschutzhinweise der Digitaldialoge, unter anderem zum Newsletter; vom Ministerium zu vervollständigen.',
      es: 'Borrador del aviso de privacidad de los diálogos digitales, entre otros aspectos sobre el boletín; el Ministerio debe completarlo.',
      en: 'Draft of the privacy notice of the digital dialogues, including the newsletter; to be completed by the ministry.',
    },
    body: {
      de: [
        'Entwurf: Dieser Text ist ein Platzhalter. Das Ministerium muss die Datenschutzhinweise vor der Veröffentlichung vervollständigen und rechtlich prüfen.',
        'Die Datenschutzhinweise werden erläutern, welche personenbezogenen Daten beim Besuch dieser Website verarbeitet werden, zu welchen Zwecken und auf welcher Rechtsgrundlage nach der Datenschutz-Grundverordnung (DSGVO). Sie werden zudem die verantwortliche Stelle und die Kontaktdaten der oder des Datenschutzbeauftragten nennen; diese Angaben sind noch einzutragen.',
        'Für den Newsletter der Digitaldialoge ist ein Double-Opt-in-Verfahren vorgesehen: Nach der Anmeldung mit der E-Mail-Adresse wird eine E-Mail mit einem Bestätigungslink versandt, und erst nach dessen Aufruf wird das Abonnement wirksam. Die Einwilligung wird protokolliert, etwa mit dem Zeitpunkt der Anmeldung und der Bestätigung, damit sie nachgewiesen werden kann.',
        'Das Abonnement kann jederzeit beendet werden, beispielsweise über einen Abmeldelink in jeder Ausgabe. Die Hinweise werden außerdem die Rechte der betroffenen Personen darstellen, darunter die Rechte auf Auskunft, Berichtigung und Löschung sowie das Recht, eine Einwilligung mit Wirkung für die Zukunft zu widerrufen; Speicherfristen legt das Ministerium noch fest.',
      ],
      es: [
        'Borrador: este texto es provisional. El Ministerio debe completar el aviso de privacidad y someterlo a revisión jurídica antes de su publicación.',
        'El aviso de privacidad explicará qué datos personales se tratan al visitar este sitio web, con qué finalidades y con qué base jurídica conforme al Reglamento General de Protección de Datos (RGPD) de la Unión Europea. También indicará la entidad responsable y los datos de contacto de la persona delegada de protección de datos; esta información aún debe añadirse.',
        'Para el boletín de los diálogos digitales está previsto un procedimiento de doble confirmación (double opt-in): tras la suscripción con la dirección de correo electrónico se envía un mensaje con un enlace de confirmación, y la suscripción solo surte efecto una vez abierto dicho enlace. El consentimiento se registra, por ejemplo con la fecha y hora de la suscripción y de la confirmación, para poder acreditarlo.',
        'La suscripción puede cancelarse en cualquier momento, por ejemplo mediante un enlace de baja incluido en cada envío. El aviso expondrá además los derechos de las personas interesadas, entre ellos los de acceso, rectificación y supresión, así como el derecho a retirar el consentimiento con efectos para el futuro; los plazos de conservación aún debe fijarlos el Ministerio.',
      ],
      en: [
        'Draft: this text is a placeholder. The ministry must complete the privacy notice and have it legally reviewed before publication.',
        'The privacy notice will explain which personal data are processed when this website is visited, for which purposes and on which legal basis under the General Data Protection Regulation (GDPR). It will also name the responsible body and give the contact details of the data protection officer; this information has yet to be added.',
        'For the newsletter of the digital dialogues, a double opt-in procedure is intended: after subscribing with an e-mail address, the subscriber receives an e-mail with a confirmation link, and the subscription only takes effect once that link has been opened. Consent is recorded, for example with the time of subscription and of confirmation, so that it can be demonstrated.',
        'The subscription can be cancelled at any time, for example via an unsubscribe link in every issue. The notice will also set out the rights of data subjects, including the rights of access, rectification and erasure and the right to withdraw consent with effect for the future; retention periods are still to be determined by the ministry.',
      ],
    },
  },
  {
    key: 'accessibility',
    title: {
      de: 'Erklärung zur Barrierefreiheit',
      es: 'Declaración de accesibilidad',
      en: 'Accessibility statement',
    },
    slug: { de: 'barrierefreiheit', es: 'accesibilidad', en: 'accessibility' },
    summary: {
      de: 'Entwurf der Erklärung zur Barrierefreiheit dieser Website; vom Ministerium zu vervollständigen.',
      es: 'Borrador de la declaración de accesibilidad de este sitio web; el Ministerio debe completarlo.',
      en: 'Draft of the accessibility statement for this website; to be completed by the ministry.',
    },
    body: {
      de: [
        'Entwurf: Dieser Text ist ein Platzhalter. Das Ministerium muss die Erklärung vor der Veröffentlichung auf Grundlage einer Prüfung der Website vervollständigen.',
        'Die Erklärung wird darlegen, inwieweit diese Website barrierefrei ist. Angestrebt wird die Konformität mit der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) und den Web Content Accessibility Guidelines (WCAG) 2.1 auf der Konformitätsstufe AA.',
        'Sie wird das Ergebnis der Prüfung, bekannte nicht barrierefreie Inhalte und gegebenenfalls zugängliche Alternativen benennen. Das Datum der Erstellung und der letzten Überprüfung wird ergänzt, sobald die Prüfung erfolgt ist.',
        'Außerdem wird die Erklärung eine Kontaktmöglichkeit für Rückmeldungen zu Barrieren enthalten; die Kontaktdaten sind vom Ministerium noch einzutragen. Hinweise auf das Schlichtungsverfahren werden ebenfalls ergänzt.',
      ],
      es: [
        'Borrador: este texto es provisional. El Ministerio debe completar la declaración antes de su publicación, a partir de una evaluación del sitio web.',
        'La declaración expondrá en qué medida este sitio web es accesible. El objetivo es la conformidad con el Reglamento alemán sobre tecnologías de la información accesibles (BITV 2.0) y con las Pautas de Accesibilidad para el Contenido Web (WCAG) 2.1, nivel de conformidad AA.',
        'Indicará el resultado de la evaluación, los contenidos no accesibles de los que se tenga conocimiento y, en su caso, las alternativas accesibles. La fecha de elaboración y de la última revisión se añadirá una vez realizada la evaluación.',
        'La declaración incluirá además una vía de contacto para comunicar barreras de accesibilidad; los datos de contacto aún debe introducirlos el Ministerio. También se añadirá información sobre el procedimiento de conciliación.',
      ],
      en: [
        'Draft: this text is a placeholder. The ministry must complete the statement before publication, based on an evaluation of the website.',
        'The statement will set out the extent to which this website is accessible. The target is conformance with the German Barrier-Free Information Technology Ordinance (BITV 2.0) and the Web Content Accessibility Guidelines (WCAG) 2.1 at conformance level AA.',
        'It will report the result of the evaluation, any known inaccessible content and, where applicable, accessible alternatives. The date of preparation and of the latest review will be added once the evaluation has taken place.',
        'The statement will also provide a contact for feedback on accessibility barriers; the contact details have yet to be entered by the ministry. Information on the conciliation procedure will also be added.',
      ],
    },
  },
  {
    key: 'easy-language',
    title: { de: 'Leichte Sprache', es: 'Lectura fácil', en: 'Easy language' },
    slug: { de: 'leichte-sprache', es: 'lectura-facil', en: 'easy-language' },
    summary: {
      de: 'Entwurf: Hier gibt es bald Informationen in Leichter Sprache.',
      es: 'Borrador: aquí habrá pronto información en lectura fácil.',
      en: 'Draft: information in easy language will be available here soon.',
    },
    body: {
      de: [
        'Dieser Text ist ein Entwurf. Das Ministerium schreibt den Text noch fertig. Das Ministerium prüft den Text auch noch.',
        'Auf dieser Seite steht bald Text in Leichter Sprache. Leichte Sprache ist einfach zu lesen. Die Sätze sind kurz.',
        'Der Text erklärt dann diese Fragen: Was ist der Digital-Dialog von Deutschland und Mexiko? Worüber sprechen die beiden Länder? Was finden Sie auf dieser Internet-Seite?',
      ],
      es: [
        'Este texto es un borrador. El Ministerio todavía tiene que terminarlo. El Ministerio también tiene que revisarlo.',
        'Pronto habrá en esta página un texto en lectura fácil. La lectura fácil es fácil de entender. Las frases son cortas.',
        'El texto explicará estas preguntas: ¿Qué es el diálogo digital entre Alemania y México? ¿De qué hablan los dos países? ¿Qué hay en esta página web?',
      ],
      en: [
        'This text is a draft. The ministry still has to finish it. The ministry also still has to check it.',
        'Soon this page will have a text in easy language. Easy language is easy to read. The sentences are short.',
        'The text will answer these questions: What is the digital dialogue between Germany and Mexico? What do the two countries talk about? What can you find on this website?',
      ],
    },
  },
  {
    key: 'sign-language',
    title: { de: 'Gebärdensprache', es: 'Lengua de signos', en: 'Sign language' },
    slug: { de: 'gebaerdensprache', es: 'lengua-de-signos', en: 'sign-language' },
    summary: {
      de: 'Entwurf: Hier sollen Informationen in Deutscher Gebärdensprache bereitgestellt werden.',
      es: 'Borrador: en esta página se ofrecerá información en lengua de signos alemana.',
      en: 'Draft: information in German Sign Language is to be provided on this page.',
    },
    body: {
      de: [
        'Entwurf: Dieser Text ist ein Platzhalter. Das Ministerium muss die Inhalte dieser Seite vor der Veröffentlichung festlegen und bereitstellen.',
        'Auf dieser Seite sollen Videos in Deutscher Gebärdensprache (DGS) angeboten werden. Sie sollen die wesentlichen Informationen über diese Website und die Digitaldialoge vermitteln und erklären, wie man sich auf der Website zurechtfindet.',
        'Welche Videos erstellt werden, legt das Ministerium noch fest. Bis dahin enthält diese Seite keine Videos in Gebärdensprache.',
      ],
      es: [
        'Borrador: este texto es provisional. El Ministerio debe definir y facilitar los contenidos de esta página antes de su publicación.',
        'Está previsto ofrecer en esta página videos en lengua de signos alemana (DGS). Los videos transmitirán la información esencial sobre este sitio web y los diálogos digitales, y explicarán cómo orientarse en él.',
        'El Ministerio aún debe decidir qué videos se elaborarán. Hasta entonces, esta página no contiene videos en lengua de signos.',
      ],
      en: [
        'Draft: this text is a placeholder. The ministry must determine and provide the content of this page before publication.',
        'This page is intended to offer videos in German Sign Language (DGS). They will convey the essential information about this website and the digital dialogues and explain how to navigate the website.',
        'The ministry has yet to decide which videos will be produced. Until then, this page contains no sign-language videos.',
      ],
    },
  },
]
