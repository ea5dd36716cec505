// Admin labels in the three admin languages, in one short call.
export const label = (de: string, es: string, en: string) => ({ de, es, en })
