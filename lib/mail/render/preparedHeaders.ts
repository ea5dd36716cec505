import { encodeWords } from 'nodemailer/lib/mime-funcs'

// RFC 2919: `List-Id: phrase <id>` with only the phrase MIME-encoded. Handed over as a string,
// nodemailer encodes the whole value (the <id> too) when the phrase is not ASCII ("Boletín"),
// and filters no longer find the list's id. Every mail goes out through this, whoever sends it.
export function preparedHeaders(headers: Record<string, string>): Record<string, string | { prepared: true; value: string }> {
  const listId = headers['List-Id']
  const match = listId ? /^(.*?)\s*(<[^>]+>)$/.exec(listId) : null
  if (!match) return headers
  return { ...headers, 'List-Id': { prepared: true, value: `${encodeWords(match[1], 'Q', 52)} ${match[2]}` } }
}
