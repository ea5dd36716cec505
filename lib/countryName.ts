// Country names come from the reader's locale (CLDR via Intl), not from the database.
export function countryName(locale: string, code: string | null | undefined): string | null {
  if (!code) return null
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code.toUpperCase()) ?? code
  } catch {
    return code
  }
}
