// Set on the writes of the sync from messages/*.json (and of the review flags it causes): they
// are the files' doing, not a translator's edit (collections/InterfaceStrings hooks).
export const syncContext = 'interfaceStringSync'
