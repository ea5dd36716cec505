// What `npm run worker` prints once it takes mails (scripts/worker.ts); the e2e harness waits
// for it before a test or a bench starts (scripts/e2e.ts).
export const workerReadyLine = 'sending mails from the outbox'
