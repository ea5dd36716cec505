// Hostile values shared by the route families.

// Percent-escapes that are no escapes, overlong and surrogate UTF-8, lone continuation bytes.
export const brokenEscapes = ['%', '%zz', '%E0%A4%A', '%C0%AF', '%ED%A0%80', '%FF', '%F8%88%80%80%80', '%80', '%%', '%u0041', '%2', '%E2%82']
// Valid escapes that decode to something a path should not carry.
export const nastyEscapes = ['%00', '%0d%0aX-Injected:%201', '%2e%2e%2f', '%2e%2e%5c', '%252e%252e%252f', '%EF%BB%BF', '%E2%80%AE', '%7f']
export const traversals = ['../../../../etc/passwd', '..%2F..%2F..%2Fetc%2Fpasswd', '....//....//etc/passwd', '..\\..\\windows\\win.ini', '%2e%2e/%2e%2e/.env', '.env', '.git/config']
export const injections = [
  "' OR '1'='1",
  "1; DROP TABLE users;--",
  "mexiko' --",
  '" OR ""="',
  '{"$gt":""}',
  '$where',
  '[$ne]=1',
  '${7*7}',
  '{{7*7}}',
  '<script>alert(1)</script>',
  "'; SELECT pg_sleep(5);--",
  '\\x00',
  'null',
  'undefined',
  '__proto__',
  'constructor',
]
export const badIds = [
  'not-an-id', '-1', '0', '1.5', '1e3', '99999999999999999999999', '2147483648', '9223372036854775808', '0x10', '+1',
  ' 1', '1 ', '%00', 'null', 'NaN', 'Infinity', '[]', '{}', "1'--", '1;1', 'true', 'x'.repeat(2048), '1'.repeat(400), '%E2%80%AE1',
]
export const badLocales = ['xx', 'DE', 'de-DE', 'de_DE', 'all', '', '*', '../de', 'de%00', 'x'.repeat(300), '__proto__', 'constructor', 'es,en', "de'"]
export const badNumbers = ['-5', '-1', '0', '1.5', 'abc', '', '1e9', '99999999999', '9'.repeat(40), 'NaN', 'Infinity', '-0', '0x10', '1,2', ' 2', '%00']
export const overlong = (length: number) => 'a'.repeat(length)

// Nested arrays or objects past any sane depth.
export const deepJson = (depth: number, kind: 'array' | 'object') =>
  kind === 'array' ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)

export const brokenJson = ['{bad', '{"title": }', '{"title": "x"', '[1,2', '"unterminated', 'nul', '{"a":1}}', '\u0000', '{"title":"\\ud800"}', '{"__proto__":{"admin":true}}', '{"title": NaN}', "{'title':'x'}", '']
