import type { StakeholderSeed } from './types'

export const stakeholders: StakeholderSeed[] = [
  {
    key: 'se',
    name: {
      de: 'Wirtschaftsministerium (Secretaría de Economía)',
      es: 'Secretaría de Economía',
      en: 'Ministry of Economy (Secretaría de Economía)',
    },
    acronym: 'SE',
    country: 'MX',
    sector: 'government',
    website: 'https://www.gob.mx/se',
    description: {
      de: 'Das Wirtschaftsministerium Mexikos ist eine der Partnerinstitutionen des Deutsch-Mexikanischen Digitaldialogs. Gemeinsam mit der ATDT und dem BMDS tauscht es sich regelmäßig mit Akteurinnen und Akteuren aus Wirtschaft, Wissenschaft und Zivilgesellschaft über digitalpolitische Fragen aus.',
      es: 'La Secretaría de Economía de México es una de las instituciones asociadas del Diálogo Digital Germano-Mexicano. Junto con la ATDT y el BMDS, mantiene un intercambio periódico sobre política digital con actores del sector empresarial, el ámbito académico y la sociedad civil.',
      en: "Mexico's Ministry of Economy is one of the partner institutions of the German-Mexican Digital Dialogue. Together with ATDT and BMDS, it holds regular exchanges on digital policy with stakeholders from business, academia and civil society.",
    },
  },
  {
    key: 'atdt',
    name: {
      de: 'Agentur für Digitale Transformation und Telekommunikation (Agencia de Transformación Digital y Telecomunicaciones)',
      es: 'Agencia de Transformación Digital y Telecomunicaciones',
      en: 'Agency for Digital Transformation and Telecommunications (Agencia de Transformación Digital y Telecomunicaciones)',
    },
    acronym: 'ATDT',
    country: 'MX',
    sector: 'government',
    website: 'https://www.gob.mx/atdt',
    description: {
      de: 'Die Agentur für Digitale Transformation und Telekommunikation wurde 2025 in Mexiko gegründet. Ihre Gründung steht für die nationale Vision der digitalen Transformation, die die mexikanische Regierung beschlossen hat; als Partnerinstitution wirkt sie am Deutsch-Mexikanischen Digitaldialog mit.',
      es: 'La Agencia de Transformación Digital y Telecomunicaciones fue creada en México en 2025. Su creación refleja la visión nacional de transformación digital adoptada por el Gobierno de México; como institución asociada, participa en el Diálogo Digital Germano-Mexicano.',
      en: 'The Agency for Digital Transformation and Telecommunications was established in Mexico in 2025. Its establishment reflects the national vision of digital transformation adopted by the Mexican government; as a partner institution, it takes part in the German-Mexican Digital Dialogue.',
    },
  },
  {
    key: 'bmds',
    name: {
      de: 'Bundesministerium für Digitales und Staatsmodernisierung',
      es: 'Ministerio Federal de Asuntos Digitales y Modernización del Estado (Bundesministerium für Digitales und Staatsmodernisierung)',
      en: 'Federal Ministry for Digital Affairs and State Modernisation (Bundesministerium für Digitales und Staatsmodernisierung)',
    },
    acronym: 'BMDS',
    country: 'DE',
    sector: 'government',
    website: 'https://bmds.bund.de',
    description: {
      de: 'Im Auftrag des Bundesministeriums für Digitales und Staatsmodernisierung fördert der Deutsch-Mexikanische Digitaldialog seit 2022 die Zusammenarbeit zwischen Akteurinnen und Akteuren beider Länder. Das Ministerium ist die deutsche Partnerinstitution des Dialogs.',
      es: 'Por encargo del Ministerio Federal de Asuntos Digitales y Modernización del Estado de Alemania, el Diálogo Digital Germano-Mexicano impulsa desde 2022 la cooperación entre actores de ambos países. El Ministerio es la institución asociada alemana del diálogo.',
      en: "Commissioned by Germany's Federal Ministry for Digital Affairs and State Modernisation, the German-Mexican Digital Dialogue has fostered cooperation between stakeholders from both countries since 2022. The ministry is the dialogue's German partner institution.",
    },
  },
]
