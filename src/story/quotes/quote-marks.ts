/** Finds the spans of text inside double quotation marks in one paragraph. */

/** Words inside quotation marks. `start`/`end` are the words; `open`/`close` the marks (-1 when absent). */
export type QuoteSpan = {
  /** Offset of the opening mark, or -1 when the paragraph starts inside a quotation carried over. */
  open: number
  /** Offset of the closing mark, or -1 when the quotation runs on into the next paragraph. */
  close: number
  /** Offsets of the quoted words (without the marks). */
  start: number
  end: number
}

export type QuoteScan = {
  spans: QuoteSpan[]
  /** True when the last quotation is not closed: by newsroom convention it continues in the next paragraph. */
  endsInside: boolean
}

/** Double quotation marks in any style; the odd “...“ (an opening mark used to close) works too. */
const MARK_RE = /["\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g
const SPACE_OR_EDGE = /[\s([{\u2014\u2013-]/u

/** Is the mark at `i` placed like a closing mark (after a word or punctuation, before a space or punctuation)? */
function looksClosing(text: string, i: number): boolean {
  const before = text[i - 1]
  const after = text[i + 1]
  const beforeIsSpace = before === undefined || SPACE_OR_EDGE.test(before)
  const afterIsSpace = after === undefined || /[\s.,;:!?)\]\u2014\u2013-]/u.test(after)
  return !beforeIsSpace && afterIsSpace
}

/**
 * Scans `text` for quotations. `startsInside` says the previous paragraph ended inside a quotation; the paragraph
 * then continues it only when its first mark is placed like a closing mark (otherwise it re-opens, as is usual).
 */
export function scanQuotes(text: string, startsInside = false): QuoteScan {
  const marks: number[] = []
  MARK_RE.lastIndex = 0
  for (let m = MARK_RE.exec(text); m !== null; m = MARK_RE.exec(text)) marks.push(m.index)
  const spans: QuoteSpan[] = []
  let open = -1
  let inside = false
  let k = 0
  const first = marks[0]
  if (startsInside && first !== undefined && looksClosing(text, first)) {
    spans.push(trimSpan(text, { open: -1, close: first, start: 0, end: first }))
    k = 1
  }
  for (; k < marks.length; k++) {
    const i = marks[k] ?? 0
    if (!inside) {
      open = i
      inside = true
    } else {
      spans.push(trimSpan(text, { open, close: i, start: open + 1, end: i }))
      inside = false
    }
  }
  if (inside) {
    spans.push(trimSpan(text, { open, close: -1, start: open + 1, end: text.length }))
  }
  return { spans: spans.filter((s) => s.end > s.start), endsInside: inside }
}

function trimSpan(text: string, span: QuoteSpan): QuoteSpan {
  let { start, end } = span
  while (start < end && /\s/.test(text[start] ?? '')) start++
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--
  return { ...span, start, end }
}

/** Private-use character that stands for quoted text in the masked paragraph. */
export const MASK = '\uE000'

/** The paragraph with each quotation (marks included) replaced by MASK characters, offsets unchanged. */
export function maskQuotes(text: string, spans: QuoteSpan[]): string {
  if (spans.length === 0) return text
  let out = ''
  let at = 0
  for (const s of spans) {
    const from = Math.max(s.open, 0)
    const to = s.close >= 0 ? s.close + 1 : text.length
    out += text.slice(at, from) + MASK.repeat(to - from)
    at = to
  }
  return out + text.slice(at)
}
