/** Safe Slack text: the one place where outside text (questions, corpus, names) is escaped and cut to Slack's limits. */

/** Block Kit limits we must stay within (https://api.slack.com/reference/block-kit). */
export const LIMITS = {
  blocksPerMessage: 50,
  sectionText: 3000,
  contextElements: 10,
  /** Text of one context element (mrkdwn object). */
  contextText: 3000,
  buttonText: 75,
  actionValue: 2000,
  headerText: 150,
  fallbackText: 3000,
} as const

/**
 * Control characters (NUL, escape sequences...) and the characters that reorder text on screen (right-to-left
 * overrides, embeddings and isolates, which can make `gro.live` read as `evil.org`): dropped from outside text.
 * Line breaks and tabs stay.
 */
const INVISIBLE = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu
export const dropInvisible = (text: string): string =>
  text.replace(INVISIBLE, (c) => (c === '\n' || c === '\t' ? c : ''))

/**
 * Escapes the three characters Slack treats as control characters, so that text from outside can neither
 * ping (`<!channel>`, `<@U123>`) nor fake a link (`<http://evil|reuters.com>`), and drops invisible control and
 * reordering characters.
 */
export const escapeText = (text: string): string =>
  dropInvisible(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff

/**
 * The largest index `<= i` at which `text` (escaped mrkdwn) can be cut without splitting an entity (`&amp;`),
 * a token we built (`<url|label>`, `<@U123>`) or a surrogate pair (emoji).
 */
export function safeEnd(text: string, i: number): number {
  let end = Math.max(0, Math.min(i, text.length))
  if (end === text.length) return end
  if (end > 0 && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1
  const amp = text.lastIndexOf('&', end - 1)
  if (amp >= 0 && !text.slice(amp, end).includes(';')) end = amp
  const open = text.lastIndexOf('<', end - 1)
  if (open >= 0 && !text.slice(open, end).includes('>')) end = open
  return end
}

/** The smallest index `>= i` at which `text` (escaped mrkdwn) can start without splitting an entity, token or pair. */
export function safeStart(text: string, i: number): number {
  let start = Math.max(0, Math.min(i, text.length))
  if (start === 0) return start
  if (start < text.length && isLowSurrogate(text.charCodeAt(start))) start += 1
  const amp = text.lastIndexOf('&', start - 1)
  if (amp >= 0) {
    const semi = text.indexOf(';', amp)
    if (semi >= start) start = semi + 1
  }
  const open = text.lastIndexOf('<', start - 1)
  if (open >= 0) {
    const close = text.indexOf('>', open)
    if (close >= start) start = close + 1
  }
  return Math.min(start, text.length)
}

/**
 * Cuts already-escaped mrkdwn to at most `max` characters at a word boundary, with an ellipsis.
 * Never cuts inside an entity such as `&amp;`, inside a `<…>` token, or between the halves of an emoji.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text
  if (max <= 1) return max === 1 ? '…' : ''
  let cut = safeEnd(text, max - 1)
  if (!/\s/.test(text.charAt(cut))) {
    const space = text.slice(0, cut).search(/\s\S*$/)
    if (space > max * 0.6) cut = safeEnd(text, space)
  }
  return `${text.slice(0, cut).trimEnd()}…`
}

/** Escapes outside text, then cuts it to `max` characters. */
export const safeText = (text: string, max: number): string => truncate(escapeText(text), max)

/**
 * A window of at most `max` characters of escaped `text` that keeps `[start, end)` (the part that matters, e.g. the
 * sentence that answers) in view, cut at words with an ellipsis on each side that was cut.
 */
export function excerpt(text: string, start: number, end: number, max: number): string {
  if (text.length <= max) return text
  const room = max - 2 // one ellipsis on each side
  if (start < 0 || end <= start || end > text.length || end - start >= room) {
    const from = start > 0 && start < text.length ? safeStart(text, start) : 0
    const body = truncate(text.slice(from), from > 0 ? max - 1 : max)
    return from > 0 ? `…${body}` : body
  }
  const spare = room - (end - start)
  let a = Math.max(0, start - Math.floor(spare / 2))
  let b = Math.min(text.length, a + room)
  a = Math.max(0, b - room)
  if (a > 0) {
    const ws = text.slice(a, start).search(/\s/)
    if (ws >= 0) a += ws + 1
    a = safeStart(text, a)
  }
  if (b < text.length) {
    const ws = text.slice(end, b).search(/\s\S*$/)
    if (ws >= 0) b = end + ws
    b = safeEnd(text, b)
  }
  return `${a > 0 ? '…' : ''}${text.slice(a, b).trim()}${b < text.length ? '…' : ''}`
}

/**
 * A URL from outside made safe to put inside `<…|…>`: only http(s), and none of the characters that would end the
 * link or start its label. Returns null for anything else.
 */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null
  let parsed: URL
  try {
    parsed = new URL(url.trim())
  } catch {
    return null
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null
  return parsed.href
    .replace(/&/g, '&amp;')
    .replace(/</g, '%3C')
    .replace(/>/g, '%3E')
    .replace(/\|/g, '%7C')
    .replace(/\s/g, '%20')
}

/**
 * A link with an escaped label, or just the escaped label when the URL is missing or unsafe.
 * `label` is outside text (not yet escaped) and is cut to `maxLabel` characters.
 */
export function link(url: string | null | undefined, label: string, maxLabel = 300): string {
  const text = safeText(label, maxLabel)
  const href = safeUrl(url)
  return href ? `<${href}|${text}>` : text
}

/** A mention of a Slack user by id; anything that is not an id is shown as escaped text and pings nobody. */
export const mentionUser = (userId: string): string =>
  /^[UW][A-Z0-9]{2,30}$/.test(userId) ? `<@${userId}>` : escapeText(userId)
