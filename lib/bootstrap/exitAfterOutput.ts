// process.exit() can cut off output still queued for a pipe (a CI log, a test reading it).
export async function exitAfterOutput(code: number): Promise<never> {
  await new Promise((resolve) => process.stdout.write('', resolve))
  await new Promise((resolve) => process.stderr.write('', resolve))
  process.exit(code)
}
