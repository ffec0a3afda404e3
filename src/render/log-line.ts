/**
 * Text from outside (file names, questions, Slack fields) made safe for one log line: line breaks and other control
 * characters, and the characters that reorder text on screen, are shown as escapes. A corpus file called
 * `a.md\n2026-01-01T00:00:00Z ERROR …` can then not forge a second log line.
 */

// Control characters (C0, DEL, C1), line and paragraph separators, bidirectional marks, embeddings and isolates.
const UNSAFE = /[\p{Cc}\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu

const NAMED: Record<string, string> = { '\t': '\t', '\n': '\\n', '\r': '\\r' }

export const logSafe = (text: string): string =>
  text.replace(UNSAFE, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
