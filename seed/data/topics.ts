import type { TopicSeed } from './types'

export const topics: TopicSeed[] = [
  {
    key: 'msme-digital-transformation',
    title: {
      de: 'Digitale Transformation von KKMU',
      es: 'Transformación digital de las MIPYMES',
      en: 'Digital transformation of MSMEs',
    },
    slug: {
      de: 'digitale-transformation-kkmu',
      es: 'transformacion-digital-mipymes',
      en: 'msme-digital-transformation',
    },
    description: {
      de: 'Das Thema betrifft die digitale Transformation von Kleinst-, Klein- und Mittelunternehmen (KKMU). Im Dialog gehört es zum Schlüsselbereich Digitale Inklusion.',
      es: 'El tema se refiere a la transformación digital de las micro, pequeñas y medianas empresas (MIPYMES). En el diálogo, forma parte del área clave de inclusión digital.',
      en: 'This topic concerns the digital transformation of micro, small and medium-sized enterprises (MSMEs). In the dialogue, it belongs to the key area of digital inclusion.',
    },
    areas: ['digital-inclusion'],
  },
  {
    key: 'data-policy',
    title: { de: 'Datenpolitik', es: 'Política de datos', en: 'Data policy' },
    slug: { de: 'datenpolitik', es: 'politica-de-datos', en: 'data-policy' },
    description: {
      de: 'Datenpolitik umfasst die politischen und rechtlichen Rahmenbedingungen für die Erhebung, Nutzung und Weitergabe von Daten. Im Dialog ist das Thema dem Schlüsselbereich Digitalpolitik zugeordnet.',
      es: 'La política de datos abarca los marcos políticos y jurídicos para la recopilación, el uso y el intercambio de datos. En el diálogo, el tema está asignado al área clave de política digital.',
      en: 'Data policy covers the policy and legal frameworks for collecting, using and sharing data. In the dialogue, the topic is assigned to the key area of digital policy.',
    },
    areas: ['digital-policy'],
  },
  {
    key: 'internet-governance',
    title: { de: 'Internet Governance', es: 'Gobernanza de internet', en: 'Internet governance' },
    slug: { de: 'internet-governance', es: 'gobernanza-de-internet', en: 'internet-governance' },
    description: {
      de: 'Internet Governance bezeichnet die Regeln, Verfahren und Institutionen, die die Entwicklung und Nutzung des Internets prägen. Im Dialog ist das Thema dem Schlüsselbereich Digitalpolitik zugeordnet.',
      es: 'La gobernanza de internet se refiere a las normas, los procedimientos y las instituciones que orientan el desarrollo y el uso de internet. En el diálogo, el tema está asignado al área clave de política digital.',
      en: 'Internet governance refers to the rules, procedures and institutions that shape the development and use of the internet. In the dialogue, the topic is assigned to the key area of digital policy.',
    },
    areas: ['digital-policy'],
  },
  {
    key: '5g',
    title: { de: '5G-Netze', es: 'Redes 5G', en: '5G networks' },
    slug: { de: '5g-netze', es: 'redes-5g', en: '5g-networks' },
    description: {
      de: 'Das Thema behandelt, wie 5G-Mobilfunknetze genutzt und angewendet werden. Im Dialog gehört es zum Schlüsselbereich Neue Technologien.',
      es: 'El tema abarca el uso y la aplicación de las redes móviles 5G. En el diálogo, forma parte del área clave de nuevas tecnologías.',
      en: 'This topic covers the use and application of 5G mobile networks. In the dialogue, it belongs to the key area of new technologies.',
    },
    areas: ['new-technologies'],
  },
  {
    key: 'artificial-intelligence',
    title: { de: 'Künstliche Intelligenz', es: 'Inteligencia artificial', en: 'Artificial intelligence' },
    slug: { de: 'kuenstliche-intelligenz', es: 'inteligencia-artificial', en: 'artificial-intelligence' },
    description: {
      de: 'Künstliche Intelligenz (KI) bezeichnet Verfahren, mit denen Computersysteme Aufgaben bearbeiten, die herkömmlich menschliches Urteilsvermögen erfordern. Im Dialog ist das Thema dem Schlüsselbereich Neue Technologien zugeordnet.',
      es: 'La inteligencia artificial (IA) designa los métodos que permiten a los sistemas informáticos realizar tareas que tradicionalmente requieren el juicio humano. En el diálogo, el tema está asignado al área clave de nuevas tecnologías.',
      en: 'Artificial intelligence (AI) refers to methods that enable computer systems to perform tasks that have traditionally required human judgement. In the dialogue, the topic is assigned to the key area of new technologies.',
    },
    areas: ['new-technologies'],
  },
  {
    key: 'data-centres',
    title: { de: 'Rechenzentren', es: 'Centros de datos', en: 'Data centres' },
    slug: { de: 'rechenzentren', es: 'centros-de-datos', en: 'data-centres' },
    description: {
      de: 'Rechenzentren stellen die Rechen- und Speicherkapazitäten bereit, auf denen digitale Dienste beruhen. Im Dialog gehört das Thema zum Schlüsselbereich Neue Technologien.',
      es: 'Los centros de datos proporcionan la capacidad de cómputo y almacenamiento en la que se basan los servicios digitales. En el diálogo, el tema forma parte del área clave de nuevas tecnologías.',
      en: 'Data centres provide the computing and storage capacity on which digital services rely. In the dialogue, the topic belongs to the key area of new technologies.',
    },
    areas: ['new-technologies'],
  },
  {
    key: 'smart-mobility',
    title: { de: 'Intelligente Mobilität', es: 'Movilidad inteligente', en: 'Smart mobility' },
    slug: { de: 'intelligente-mobilitaet', es: 'movilidad-inteligente', en: 'smart-mobility' },
    description: {
      de: 'Intelligente Mobilität bezeichnet den Einsatz digitaler Technologien, um Verkehr und Mobilität zu planen, zu steuern und zu vernetzen. Im Dialog ist das Thema dem Schlüsselbereich Neue Technologien zugeordnet.',
      es: 'La movilidad inteligente designa el uso de tecnologías digitales para planificar, gestionar y conectar el transporte y la movilidad. En el diálogo, el tema está asignado al área clave de nuevas tecnologías.',
      en: 'Smart mobility refers to the use of digital technologies to plan, manage and connect transport and mobility. In the dialogue, the topic is assigned to the key area of new technologies.',
    },
    areas: ['new-technologies'],
  },
]
