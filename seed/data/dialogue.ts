import type { DialogueSeed } from './types'

export const dialogue: DialogueSeed = {
  key: 'mexico',
  title: {
    de: 'Deutsch-Mexikanischer Digitaldialog',
    es: 'Diálogo Digital Germano-Mexicano',
    en: 'German-Mexican Digital Dialogue',
  },
  slug: { de: 'mexiko', es: 'mexico', en: 'mexico' },
  partnerCountry: {
    code: 'MX',
    name: { de: 'Mexiko', es: 'México', en: 'Mexico' },
  },
  summary: {
    de: 'Seit 2018 arbeiten Deutschland und Mexiko in einem bilateralen Digitaldialog zusammen. Ein 2024 unterzeichneter Arbeitsplan richtet die Kooperation auf drei Schlüsselbereiche aus: Digitale Inklusion, Digitalpolitik und Neue Technologien.',
    es: 'Desde 2018, Alemania y México cooperan en el marco de un diálogo digital bilateral. Un plan de trabajo firmado en 2024 orienta la cooperación hacia tres áreas clave: inclusión digital, política digital y nuevas tecnologías.',
    en: 'Since 2018, Germany and Mexico have cooperated within a bilateral digital dialogue. A workplan signed in 2024 focuses the cooperation on three key areas: digital inclusion, digital policy and new technologies.',
  },
  body: {
    de: [
      'Unter den Staaten Lateinamerikas ist Mexiko der bedeutendste Handelspartner Deutschlands. Umgekehrt nimmt Deutschland diese Stellung für Mexiko innerhalb der Europäischen Union ein. Beide Länder pflegen enge bilaterale Beziehungen.',
      'Beim digitalen Wandel der Region kommt Mexiko eine führende Rolle zu. In der Pazifik-Allianz und in der Wirtschaftskommission der Vereinten Nationen für Lateinamerika und die Karibik (CEPAL) setzt sich das Land dafür ein, digitale Technologien gezielt zur Förderung der wirtschaftlichen und sozialen Entwicklung einzusetzen.',
      'Die mexikanische Regierung hat eine nationale Vision der digitalen Transformation beschlossen. Darin gilt die Digitalisierung als Antrieb für die wirtschaftliche Entwicklung, für soziale Inklusion und für bessere öffentliche Dienstleistungen. Ein Ausdruck dieses Anspruchs ist die Agentur für Digitale Transformation und Telekommunikation (ATDT), die 2025 gegründet wurde.',
      'Der bilaterale Deutsch-Mexikanische Digitaldialog wurde 2018 gestartet. Seit 2022 fördert er im Auftrag des Bundesministeriums für Digitales und Staatsmodernisierung (BMDS) die Zusammenarbeit zwischen Akteurinnen und Akteuren beider Länder. Ziel des Dialogs ist es, bewährte Praktiken auszutauschen und bei gemeinsamen digitalpolitischen Prioritäten zusammenzuarbeiten.',
      'Bei der ersten Jahressitzung im Jahr 2024 unterzeichneten beide Länder einen Arbeitsplan mit drei Schlüsselbereichen: Digitale Inklusion, Digitalpolitik und Neue Technologien. Das mexikanische Wirtschaftsministerium (SE), die ATDT und das BMDS kommen regelmäßig mit Vertreterinnen und Vertretern aus Wirtschaft, Wissenschaft und Zivilgesellschaft zusammen, um digitalpolitische Fragen zu erörtern.',
    ],
    es: [
      'Entre los países de América Latina, México es el principal socio comercial de Alemania. A su vez, Alemania ocupa esa misma posición para México dentro de la Unión Europea. Ambos países mantienen estrechas relaciones bilaterales.',
      'México desempeña un papel destacado en la transformación digital de la región. En la Alianza del Pacífico y en la Comisión Económica para América Latina y el Caribe (CEPAL) de las Naciones Unidas, el país impulsa el aprovechamiento de las tecnologías digitales en favor del desarrollo económico y social.',
      'El Gobierno de México adoptó una visión nacional de transformación digital que la concibe como motor del desarrollo económico, la inclusión social y la mejora de los servicios públicos. Una muestra de este compromiso es la Agencia de Transformación Digital y Telecomunicaciones (ATDT), creada en 2025.',
      'El Diálogo Digital Germano-Mexicano, de carácter bilateral, se puso en marcha en 2018. Desde 2022, por encargo del Ministerio Federal de Asuntos Digitales y Modernización del Estado de Alemania (BMDS), impulsa la cooperación entre actores de ambos países. Su objetivo es intercambiar buenas prácticas y cooperar en prioridades compartidas de política digital.',
      'En la primera sesión anual, celebrada en 2024, ambos países firmaron un plan de trabajo con tres áreas clave: inclusión digital, política digital y nuevas tecnologías. La Secretaría de Economía (SE), la ATDT y el BMDS se reúnen periódicamente con representantes del sector empresarial, el ámbito académico y la sociedad civil para tratar cuestiones de política digital.',
    ],
    en: [
      "Among the countries of Latin America, Mexico is Germany's foremost trading partner. Germany, in turn, holds that position for Mexico within the European Union. The two countries maintain close bilateral relations.",
      'Mexico plays a leading role in the digital transformation of the region. Within the Pacific Alliance and the United Nations Economic Commission for Latin America and the Caribbean (ECLAC, in Spanish CEPAL), the country promotes the targeted use of digital technologies for economic and social development.',
      'The Mexican government has adopted a national vision of digital transformation that regards it as a driver of economic development, social inclusion and better public services. One expression of this commitment is the Agency for Digital Transformation and Telecommunications (ATDT), established in 2025.',
      'The bilateral German-Mexican Digital Dialogue was launched in 2018. Since 2022, commissioned by the Federal Ministry for Digital Affairs and State Modernisation (BMDS), it has fostered cooperation between stakeholders from both countries. Its aim is to exchange good practice and to cooperate on shared digital-policy priorities.',
      "At the first annual session in 2024, the two countries signed a workplan with three key areas: digital inclusion, digital policy and new technologies. Mexico's Ministry of Economy (SE), ATDT and BMDS meet regularly with representatives of business, academia and civil society to discuss digital-policy issues.",
    ],
  },
  milestones: [
    {
      year: 2018,
      label: { de: 'Start des Dialogs', es: 'Inicio del diálogo', en: 'Launch of the dialogue' },
      text: {
        de: 'Deutschland und Mexiko starteten den bilateralen Deutsch-Mexikanischen Digitaldialog.',
        es: 'Alemania y México pusieron en marcha el Diálogo Digital Germano-Mexicano de carácter bilateral.',
        en: 'Germany and Mexico launched the bilateral German-Mexican Digital Dialogue.',
      },
    },
    {
      year: 2022,
      label: { de: 'Beauftragung durch das BMDS', es: 'Por encargo del BMDS', en: 'Commissioned by BMDS' },
      text: {
        de: 'Seit 2022 fördert der Dialog im Auftrag des BMDS die Zusammenarbeit zwischen Akteurinnen und Akteuren beider Länder.',
        es: 'Desde 2022, el diálogo impulsa, por encargo del BMDS, la cooperación entre actores de ambos países.',
        en: 'Since 2022, the dialogue, commissioned by BMDS, has fostered cooperation between stakeholders from both countries.',
      },
    },
    {
      year: 2024,
      label: { de: 'Erste Jahressitzung', es: 'Primera sesión anual', en: 'First annual session' },
      text: {
        de: 'Hochrangige Regierungsvertreterinnen und -vertreter sowie Fachleute aus Wirtschaft und Zivilgesellschaft kamen zur ersten Jahressitzung zusammen. Beide Länder unterzeichneten einen Arbeitsplan mit drei Schlüsselbereichen.',
        es: 'Altos representantes gubernamentales y especialistas del sector empresarial y de la sociedad civil participaron en la primera sesión anual. Ambos países firmaron un plan de trabajo con tres áreas clave.',
        en: 'High-ranking government representatives and experts from business and civil society took part in the first annual session. The two countries signed a workplan with three key areas.',
      },
    },
    {
      year: 2025,
      label: { de: 'Gründung der ATDT', es: 'Creación de la ATDT', en: 'ATDT established' },
      text: {
        de: 'Mexiko gründete die Agentur für Digitale Transformation und Telekommunikation (ATDT). Sie gehört zu den Partnerinstitutionen des Dialogs.',
        es: 'México creó la Agencia de Transformación Digital y Telecomunicaciones (ATDT), que forma parte de las instituciones asociadas del diálogo.',
        en: 'Mexico established the Agency for Digital Transformation and Telecommunications (ATDT), which is one of the partner institutions of the dialogue.',
      },
    },
  ],
  partnerInstitutions: ['se', 'atdt', 'bmds'],
}
