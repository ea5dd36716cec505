import type { SessionSeed } from './types'

export const sessions: SessionSeed[] = [
  {
    key: 'first-annual-session-2024',
    title: {
      de: 'Erste Jahressitzung des Deutsch-Mexikanischen Digitaldialogs',
      es: 'Primera sesión anual del Diálogo Digital Germano-Mexicano',
      en: 'First Annual Session of the German-Mexican Digital Dialogue',
    },
    slug: {
      de: 'erste-jahressitzung-2024',
      es: 'primera-sesion-anual-2024',
      en: 'first-annual-session-2024',
    },
    kind: 'annual-session',
    start: '2024-01-01T09:00:00-06:00', // not in the source: the ministry must confirm (only the year 2024 is known)
    end: '2024-01-01T17:00:00-06:00', // not in the source: the ministry must confirm
    timeZone: 'America/Mexico_City',
    place: {
      city: { de: 'Mexiko-Stadt', es: 'Ciudad de México', en: 'Mexico City' }, // not in the source: the ministry must confirm
      country: 'MX', // not in the source: the ministry must confirm
      venue: { de: 'Veranstaltungsort noch zu bestätigen', es: 'Sede por confirmar', en: 'Venue to be confirmed' }, // not in the source: the ministry must confirm
    },
    format: 'in-person', // not in the source: the ministry must confirm
    summary: {
      de: 'Zur ersten Jahressitzung des Dialogs kamen hochrangige Regierungsvertreterinnen und -vertreter sowie Fachleute aus Wirtschaft und Zivilgesellschaft zusammen. Deutschland und Mexiko unterzeichneten dabei einen Arbeitsplan für ihre weitere Zusammenarbeit.',
      es: 'En la primera sesión anual del diálogo participaron altos representantes gubernamentales y especialistas del sector empresarial y de la sociedad civil. En ella, Alemania y México firmaron un plan de trabajo para su cooperación futura.',
      en: 'The first annual session of the dialogue brought together high-ranking government representatives and experts from business and civil society. On this occasion, Germany and Mexico signed a workplan for their further cooperation.',
    },
    outcomes: {
      de: [
        'Deutschland und Mexiko bekräftigten, dass sie bewährte Praktiken austauschen und bei gemeinsamen Prioritäten der Digitalpolitik zusammenarbeiten wollen.',
        'Beide Länder unterzeichneten einen Arbeitsplan für den Digitaldialog. Er konzentriert die Zusammenarbeit auf drei Schlüsselbereiche: Digitale Inklusion, Digitalpolitik und Neue Technologien.',
        'Die Bereiche umfassen Themen wie die digitale Transformation von KKMU, Datenpolitik und Internet Governance sowie den Einsatz von 5G-Netzen, künstliche Intelligenz, Rechenzentren und intelligente Mobilität.',
      ],
      es: [
        'Alemania y México reafirmaron su voluntad de intercambiar buenas prácticas y de cooperar en prioridades compartidas de política digital.',
        'Ambos países firmaron un plan de trabajo para el diálogo digital, que centra la cooperación en tres áreas clave: inclusión digital, política digital y nuevas tecnologías.',
        'Entre los temas de estas áreas figuran la transformación digital de las MIPYMES, la política de datos, la gobernanza de internet, el uso y la aplicación de las redes 5G, la inteligencia artificial, los centros de datos y la movilidad inteligente.',
      ],
      en: [
        'Germany and Mexico reaffirmed their commitment to exchanging good practice and to cooperating on shared digital-policy priorities.',
        'The two countries signed a workplan for the digital dialogue, which focuses the cooperation on three key areas: digital inclusion, digital policy and new technologies.',
        'The topics in these areas include the digital transformation of MSMEs, data policy, internet governance, the use and application of 5G networks, artificial intelligence, data centres and smart mobility.',
      ],
    },
    topics: [
      'msme-digital-transformation',
      'data-policy',
      'internet-governance',
      '5g',
      'artificial-intelligence',
      'data-centres',
      'smart-mobility',
    ],
    // ATDT was only founded in 2025, so it is not listed for this 2024 session.
    stakeholders: ['se', 'bmds'],
  },
]
