import { render, screen, within } from '@testing-library/react'
import { LanguageSwitcher } from '@/components/LanguageSwitcher'

describe('LanguageSwitcher', () => {
  const links = [
    { locale: 'de' as const, href: '/de/dialoge/mexiko' },
    { locale: 'es' as const, href: '/es/dialogos/mexico' },
    { locale: 'en' as const, href: '/en/dialogues/mexico' },
  ]

  it('links every language to its own address, announced in that language', () => {
    render(<LanguageSwitcher current="es" links={links} label="Elegir idioma" />)
    const nav = screen.getByRole('navigation', { name: 'Elegir idioma' })
    const english = within(nav).getByRole('link', { name: 'English' })
    expect(english).toHaveAttribute('href', '/en/dialogues/mexico')
    expect(english).toHaveAttribute('hreflang', 'en')
    expect(english).toHaveAttribute('lang', 'en')
    expect(within(nav).getAllByRole('link')).toHaveLength(3)
  })

  it('marks the current language and only that one', () => {
    render(<LanguageSwitcher current="es" links={links} label="Elegir idioma" />)
    expect(screen.getByRole('link', { name: 'Español' })).toHaveAttribute('aria-current', 'true')
    expect(screen.getByRole('link', { name: 'Deutsch' })).not.toHaveAttribute('aria-current')
  })
})
