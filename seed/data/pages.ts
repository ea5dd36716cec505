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
      de: 'Wie barrierefrei diese Website ist, was noch nicht zugänglich ist, wie Sie Barrieren melden und wo Sie Hilfe bei der Schlichtungsstelle finden.',
      es: 'En qué medida es accesible este sitio web, qué aún no lo es, cómo notificar barreras y dónde encontrar ayuda en el órgano de conciliación.',
      en: 'How accessible this website is, what is not yet accessible, how to report barriers and where the conciliation body can help.',
    },
    body: {
      de: [
        'Das Bundesministerium für Digitales und Staatsmodernisierung (BMDS) ist bemüht, die Website der Digitaldialoge im Einklang mit dem Behindertengleichstellungsgesetz (BGG) und der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) barrierefrei zugänglich zu machen. Diese Erklärung gilt für diese Website.',
        'PLATZHALTER: Die Angaben unten beruhen noch auf keiner Prüfung. Das Ministerium trägt das Ergebnis, die Daten und die Kontaktstelle ein, bevor es die Erklärung veröffentlicht.',
      ],
      es: [
        'El Ministerio Federal de Asuntos Digitales y Modernización del Estado (BMDS) se esfuerza por hacer accesible el sitio web de los diálogos digitales de conformidad con la Ley alemana de igualdad de las personas con discapacidad (BGG) y el Reglamento sobre tecnologías de la información accesibles (BITV 2.0). Esta declaración se aplica a este sitio web.',
        'MARCADOR DE POSICIÓN: los datos siguientes aún no se basan en ninguna evaluación. El Ministerio introducirá el resultado, las fechas y el punto de contacto antes de publicar la declaración.',
      ],
      en: [
        'The Federal Ministry for Digital Affairs and State Modernisation (BMDS) strives to make the website of the digital dialogues accessible in accordance with the German Disability Equality Act (BGG) and the Barrier-Free Information Technology Ordinance (BITV 2.0). This statement applies to this website.',
        'PLACEHOLDER: the details below are not yet based on an evaluation. The ministry will enter the result, the dates and the contact point before publishing the statement.',
      ],
    },
  },
  {
    key: 'easy-language',
    title: { de: 'Leichte Sprache', es: 'Lectura fácil', en: 'Easy language' },
    slug: { de: 'leichte-sprache', es: 'lectura-facil', en: 'easy-language' },
    summary: {
      de: 'Informationen in Leichter Sprache: was auf dieser Internet-Seite steht und wie man sich zurechtfindet.',
      es: 'Información en lectura fácil: qué hay en esta página web y cómo orientarse.',
      en: 'Information in easy language: what is on this website and how to find your way.',
    },
    body: {
      de: ['Hier erklären wir diese Internet-Seite in Leichter Sprache.'],
      es: ['Aquí explicamos esta página web en lectura fácil.'],
      en: ['Here we explain this website in easy language.'],
    },
  },
  {
    key: 'sign-language',
    title: { de: 'Gebärdensprache', es: 'Lengua de signos', en: 'Sign language' },
    slug: { de: 'gebaerdensprache', es: 'lengua-de-signos', en: 'sign-language' },
    summary: {
      de: 'Informationen in Deutscher Gebärdensprache (DGS) über diese Website, mit Text zu jedem Video.',
      es: 'Información en lengua de signos alemana (DGS) sobre este sitio web, con texto para cada video.',
      en: 'Information in German Sign Language (DGS) about this website, with text for each video.',
    },
    body: {
      de: ['Auf dieser Seite erklären Videos in Deutscher Gebärdensprache (DGS) diese Website. Neben jedem Video steht als Text, was es sagt.'],
      es: ['En esta página, videos en lengua de signos alemana (DGS) explican este sitio web. Junto a cada video figura como texto lo que dice.'],
      en: ['On this page, videos in German Sign Language (DGS) explain this website. Next to each video, what it says is given as text.'],
    },
  },
]
