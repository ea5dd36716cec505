import { pageMetadata } from '@/lib/seo/pageMetadata'

describe('page metadata', () => {
  const paths = { de: '/de/dialoge/mexiko', es: '/es/dialogos/mexico', en: '/en/dialogues/mexico' }
  const metadata = pageMetadata({ locale: 'es', title: 'Diálogo', description: 'Resumen', paths, siteName: 'Diálogos digitales' })

  it('names its own address as canonical and every translation, with German as x-default', () => {
    expect(metadata.alternates?.canonical).toBe('http://localhost:3000/es/dialogos/mexico')
    expect(metadata.alternates?.languages).toEqual({
      de: 'http://localhost:3000/de/dialoge/mexiko',
      es: 'http://localhost:3000/es/dialogos/mexico',
      en: 'http://localhost:3000/en/dialogues/mexico',
      'x-default': 'http://localhost:3000/de/dialoge/mexiko',
    })
  })

  it('gives Open Graph the title, summary, address and the other locales', () => {
    expect(metadata.openGraph).toMatchObject({
      title: 'Diálogo',
      description: 'Resumen',
      url: 'http://localhost:3000/es/dialogos/mexico',
      locale: 'es_MX',
      alternateLocale: ['de_DE', 'en_GB'],
    })
  })
})
