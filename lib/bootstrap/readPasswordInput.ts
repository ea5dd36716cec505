import { createInterface } from 'node:readline'

// A password never comes from argv (shell history, `ps`): from a pipe, the first line of
// stdin; at a terminal, a prompt that does not echo what is typed.
export async function readPasswordInput(prompt: string): Promise<string> {
  if (!process.stdin.isTTY) {
    let text = ''
    for await (const chunk of process.stdin) text += String(chunk)
    return text.split(/\r?\n/)[0] ?? ''
  }
  const terminal = createInterface({ input: process.stdin, output: process.stderr, terminal: true })
  process.stderr.write(prompt)
  // readline echoes through _writeToOutput; silence it while the password is typed.
  ;(terminal as unknown as { _writeToOutput: (text: string) => void })._writeToOutput = () => {}
  const answer = await new Promise<string>((resolve) => terminal.question('', resolve))
  terminal.close()
  process.stderr.write('\n')
  return answer
}
