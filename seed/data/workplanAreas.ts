import type { WorkplanAreaSeed } from './types'

export const workplanAreas: WorkplanAreaSeed[] = [
  {
    key: 'digital-inclusion',
    title: { de: 'Digitale Inklusion', es: 'Inclusión digital', en: 'Digital inclusion' },
    slug: { de: 'digitale-inklusion', es: 'inclusion-digital', en: 'digital-inclusion' },
    description: {
      de: 'Dieser Schlüsselbereich des Arbeitsplans befasst sich damit, wie Menschen und Unternehmen möglichst umfassend an der digitalen Transformation teilhaben können. Zu seinen Themen zählt unter anderem die digitale Transformation von Kleinst-, Klein- und Mittelunternehmen (KKMU).',
      es: 'Esta área clave del plan de trabajo aborda cómo las personas y las empresas pueden participar lo más ampliamente posible en la transformación digital. Entre sus temas figura la transformación digital de las micro, pequeñas y medianas empresas (MIPYMES).',
      en: 'This key area of the workplan addresses how people and businesses can take part as broadly as possible in digital transformation. Its topics include the digital transformation of micro, small and medium-sized enterprises (MSMEs).',
    },
    order: 1,
  },
  {
    key: 'digital-policy',
    title: { de: 'Digitalpolitik', es: 'Política digital', en: 'Digital policy' },
    slug: { de: 'digitalpolitik', es: 'politica-digital', en: 'digital-policy' },
    description: {
      de: 'In diesem Schlüsselbereich des Arbeitsplans tauschen sich beide Länder über die politischen und regulatorischen Rahmenbedingungen der Digitalisierung aus. Zu seinen Themen zählen unter anderem Datenpolitik und Internet Governance.',
      es: 'En esta área clave del plan de trabajo, ambos países intercambian experiencias sobre los marcos políticos y regulatorios de la digitalización. Entre sus temas figuran la política de datos y la gobernanza de internet.',
      en: 'In this key area of the workplan, both countries exchange views on the policy and regulatory frameworks of digitalisation. Its topics include data policy and internet governance.',
    },
    order: 2,
  },
  {
    key: 'new-technologies',
    title: { de: 'Neue Technologien', es: 'Nuevas tecnologías', en: 'New technologies' },
    slug: { de: 'neue-technologien', es: 'nuevas-tecnologias', en: 'new-technologies' },
    description: {
      de: 'Dieser Schlüsselbereich des Arbeitsplans widmet sich dem Einsatz neuer digitaler Technologien. Zu seinen Themen zählen unter anderem 5G-Netze und ihre Anwendungen, künstliche Intelligenz, Rechenzentren und intelligente Mobilität.',
      es: 'Esta área clave del plan de trabajo se dedica al uso de nuevas tecnologías digitales. Entre sus temas figuran el uso y la aplicación de las redes 5G, la inteligencia artificial, los centros de datos y la movilidad inteligente.',
      en: 'This key area of the workplan is devoted to the use of new digital technologies. Its topics include the use and application of 5G networks, artificial intelligence, data centres and smart mobility.',
    },
    order: 3,
  },
]
