// What an answer must never show a stranger: stack frames, file paths, the database's or a
// library's own words. Each pattern names what it catches, so a report says why.
const patterns: [string, RegExp][] = [
  ['stack frame', /\bat (?:async )?[\w$.<>[\] ]+ \((?:\/|file:|node:|webpack|<anonymous>)[^)]*\)|^\s+at .+:\d+:\d+\)?$/m],
  ['node_modules path', /node_modules\//],
  ['server file path', /\/(?:work|home|app|usr|tmp|var)\/[\w.-]+\/|\.next\/server|[A-Z]:\\\\/],
  ['error class', /\b(?:DatabaseError|DrizzleQueryError|DrizzleError|QueryError|TypeError|RangeError|ReferenceError|URIError|SyntaxError|PostgresError|ValidationError: Error)\b:/],
  ['SQL', /Failed query|\bselect\s+["\w*].*\bfrom\s+"|\binsert into\s+"|\bupdate\s+"\w+"\s+set\b|syntax error at or near|invalid input syntax|violates (?:not-null|foreign key|unique) constraint|relation "\w+" does not exist/i],
  ['Payload internals', /There was an error initializing Payload|payloadInitError|Cannot read properties of|is not a function|ECONNREFUSED|ERR_[A-Z_]{4,}/],
]

export function leaksIn(body: string): string | null {
  for (const [name, pattern] of patterns) {
    const match = pattern.exec(body)
    if (match) return `${name}: …${body.slice(Math.max(0, match.index - 40), match.index + 80).replace(/\s+/g, ' ')}…`
  }
  return null
}
