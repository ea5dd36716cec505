// "Digitale Inklusion" → "digitale-inklusion", "Política digital" → "politica-digital".
const germanLetters: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'ae', Ö: 'oe', Ü: 'ue' }

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const slugMaxLength = 120

export function slugify(text: string): string {
  return text
    .replace(/[äöüßÄÖÜ]/g, (letter) => germanLetters[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, slugMaxLength)
    .replace(/-+$/, '')
}
