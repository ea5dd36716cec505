import { Fragment } from 'react'

// Plain text from a textarea, through React: a blank line starts a new paragraph, a line break
// stays one (Leichte Sprache puts each sentence on its own line), and a block whose lines all
// start with "- " is a list.
export function Paragraphs({ text }: { text: string }) {
  const blocks = text.split(/\n\s*\n/).map((block) => block.split('\n').map((line) => line.trim()).filter(Boolean)).filter((lines) => lines.length > 0)
  return (
    <>
      {blocks.map((lines, index) =>
        lines.every((line) => line.startsWith('- ')) ? (
          <ul key={index}>
            {lines.map((line, item) => (
              <li key={item}>{line.slice(2)}</li>
            ))}
          </ul>
        ) : (
          <p key={index}>
            {lines.map((line, at) => (
              <Fragment key={at}>
                {at > 0 && <br />}
                {line}
              </Fragment>
            ))}
          </p>
        ),
      )}
    </>
  )
}
