// Plain text from a textarea as paragraphs (a blank line starts a new one), through React.
export function Paragraphs({ text, lang }: { text: string; lang?: string }) {
  const paragraphs = text.split(/\n\s*\n/).map((part) => part.trim()).filter(Boolean)
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        <p key={index} lang={lang}>
          {paragraph}
        </p>
      ))}
    </>
  )
}
