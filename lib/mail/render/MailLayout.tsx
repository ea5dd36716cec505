import { Body, Container, Head, Heading, Hr, Html, Link, Preview, Section, Text } from '@react-email/components'
import type { ReactNode } from 'react'

export interface MailLayoutProps {
  lang: string
  // The subject: the document's <title> (mail programs that show HTML as a page, screen readers).
  title: string
  heading: string
  preheader?: string
  children: ReactNode
  // Shown for mails to a newsletter reader (lib/mail/outbox/mailTemplate.ts `reader`).
  footer?: { reason: string; links: { href: string; label: string }[] }
}

// Colours: dark text on white with a contrast above 12:1, swapped by prefers-color-scheme for
// clients that honour it; clients that invert colours themselves (Gmail, Outlook) get a pair that
// stays readable inverted. No images: the mail reads the same with images blocked.
const colours = { text: '#1b1b1b', muted: '#4a4a4a', link: '#0b4f8a', page: '#ffffff', rule: '#c8c8c8' }
const darkMode = `
  :root { color-scheme: light dark; supported-color-schemes: light dark; }
  @media (prefers-color-scheme: dark) {
    body, .page { background-color: #121212 !important; color: #f0f0f0 !important; }
    .muted { color: #cfcfcf !important; }
    a { color: #8cc4ff !important; }
  }`

const font = 'Arial, Helvetica, sans-serif'

// One frame for every mail the site sends: language, one <h1>, text sized for reading, the
// reader's links in the footer. Templates give only their own part (children).
export function MailLayout({ lang, title, heading, preheader, children, footer }: MailLayoutProps) {
  return (
    <Html lang={lang} dir="ltr">
      <Head>
        <title>{title}</title>
        <meta name="color-scheme" content="light dark" />
        <meta name="supported-color-schemes" content="light dark" />
        <style>{darkMode}</style>
      </Head>
      {preheader ? <Preview>{preheader}</Preview> : null}
      <Body className="page" style={{ backgroundColor: colours.page, color: colours.text, fontFamily: font, margin: 0 }}>
        <Container style={{ maxWidth: '600px', padding: '24px 16px' }}>
          <Heading as="h1" style={{ fontSize: '24px', lineHeight: '32px', margin: '0 0 16px' }}>
            {heading}
          </Heading>
          <Section style={{ fontSize: '16px', lineHeight: '24px' }}>{children}</Section>
          {footer ? (
            <Section>
              <Hr style={{ borderColor: colours.rule, margin: '32px 0 16px' }} />
              <Text className="muted" style={{ color: colours.muted, fontSize: '14px', lineHeight: '20px', margin: '0 0 8px' }}>
                {footer.reason}
              </Text>
              {footer.links.map((link) => (
                <Text key={link.href} style={{ fontSize: '14px', lineHeight: '20px', margin: '0 0 8px' }}>
                  <Link href={link.href} style={{ color: colours.link, textDecoration: 'underline' }}>
                    {link.label}
                  </Link>
                </Text>
              ))}
            </Section>
          ) : null}
        </Container>
      </Body>
    </Html>
  )
}

export const mailStyles = { colours, font }
