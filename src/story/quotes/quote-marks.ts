/** Finds the spans of text inside double quotation marks in one paragraph. */

/** Words inside quotation marks. `start`/`end` are the words; `open`/`close` the marks (-1 when absent). */
export type QuoteSpan = {
  /** Offset of the opening mark, or -1 when the paragraph starts inside a quotation carried over. */
  open: number
  /** Offset of the last character of the closing mark, or -1 when the quotation runs on into the next paragraph. */
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

/**
 * Double quotation marks in any style; the odd “...“ (an opening mark used to close) works too, and so do two
 * apostrophes (''...''), the typewriter's double mark that some archives keep. Three apostrophes are that mark with
 * a single quotation mark inside it: '' then ' when they open, ' then '' when they close. Wire-service archives
 * (the LDC and TimeBank style) open with two backticks and close with two apostrophes: ``...''.
 */
const MARK_RE = /'''?|``|["\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g
const BACKTICKS = '``'
const SPACE_OR_EDGE = /[\s([{\u2014\u2013-]/u

/** Is the mark at `i` placed like a closing mark (after a word or punctuation, before a space or punctuation)? */
function looksClosing(text: string, i: number, length: number): boolean {
  const before = text[i - 1]
  const after = text[i + length]
  const beforeIsSpace = before === undefined || SPACE_OR_EDGE.test(before)
  const afterIsSpace = after === undefined || /[\s.,;:!?)\]\u2014\u2013-]/u.test(after)
  return !beforeIsSpace && afterIsSpace
}

/**
 * Scans `text` for quotations. `startsInside` says the previous paragraph ended inside a quotation; the paragraph
 * then continues it only when its first mark is placed like a closing mark (otherwise it re-opens, as is usual).
 */
export function scanQuotes(text: string, startsInside = false): QuoteScan {
  const marks: { at: number; length: number }[] = []
  MARK_RE.lastIndex = 0
  for (let m = MARK_RE.exec(text); m !== null; m = MARK_RE.exec(text)) marks.push({ at: m.index, length: m[0].length })
  // ''' opens with its first two apostrophes and closes with its last two: the odd one is a nested single mark
  const first = marks[0]
  // a paragraph that starts inside a quotation continues it when its first mark is placed like a closing one
  const closesFirst = startsInside && first !== undefined && looksClosing(text, first.at, first.length)
  let opening = !closesFirst
  for (const mark of marks) {
    if (mark.length === 3) {
      if (!opening) mark.at++
      mark.length = 2
    }
    opening = !opening
  }
  const spans: QuoteSpan[] = []
  let open = -1
  let openLength = 1
  let inside = false
  let k = 0
  if (closesFirst && first !== undefined) {
    spans.push(trimSpan(text, { open: -1, close: first.at + first.length - 1, start: 0, end: first.at }))
    k = 1
  }
  for (; k < marks.length; k++) {
    const { at, length } = marks[k] as { at: number; length: number }
    // `` only ever opens: met inside a quotation, it starts a new one (the paragraph break between them was lost)
    if (inside && text.startsWith(BACKTICKS, at)) {
      const span = trimSpan(text, { open, close: at - 1, start: open + openLength, end: at })
      // it ends at its last word, so that the space before the new mark keeps the two apart when masked
      spans.push({ ...span, close: Math.max(span.start, span.end - 1) })
      inside = false
    }
    if (!inside) {
      open = at
      openLength = length
      inside = true
    } else {
      spans.push(trimSpan(text, { open, close: at + length - 1, start: open + openLength, end: at }))
      inside = false
    }
  }
  if (inside) {
    spans.push(trimSpan(text, { open, close: -1, start: open + openLength, end: text.length }))
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
