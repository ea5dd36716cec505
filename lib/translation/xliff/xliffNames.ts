// XLIFF 2.0 core (OASIS) and our attributes on <file>: which document, which German text.
export const xliffNamespace = 'urn:oasis:names:tc:xliff:document:2.0'
export const ownNamespace = 'urn:digitaldialoge:content:1'
export const ownPrefix = 'dd'
