/**
 * Quotation marks around the title of a show, a book or a column after its owner's name ("host of MSNBC’s “Morning
 * Joe,” suggested …", "told CBS's "Face the Nation""): the words are a name, not anyone's statement, so the sentence
 * reads through them (the apposition they stand in still leads to the verb).
 */
import type { QuoteSpan } from './quote-marks.js'

/** A capitalised owner with a possessive ending right before the opening mark ("MSNBC’s ", "Fox News’ "). */
const OWNER_BEFORE_RE = /\p{Lu}[\p{L}\p{N}.&-]*(?:['’]s|s['’])\s+$/u
/** The small words titles keep in lower case ("Meet the Press"); a title never opens with one. */
const SMALL_WORDS = 'of|the|a|an|and|in|on|for|to|with|at|by|&'
/** Words of a title: capitalised, with the small words between them. */
const TITLE_WORD_RE = new RegExp(`^(?:\\p{Lu}[\\p{L}\\p{N}'’.&-]*|\\p{N}+|${SMALL_WORDS})$`, 'u')
/** The marks of a quotation (see quote-marks.ts), at its start and at its end. */
const OPENING_MARK_RE = /^(?:'''?|``|["\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033])/u
const CLOSING_MARK_RE = /(?:'''?|["\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033])$/u
const SMALL_WORD_RE = new RegExp(`^(?:${SMALL_WORDS})$`)

/** Whether the quotation is a title after its owner's possessive: at most six words, capitalised, no sentence. */
export function isQuotedTitle(text: string, span: QuoteSpan): boolean {
  if (span.open < 0 || span.close < 0) return false
  const words = text.slice(span.start, span.end).replace(/[,.]$/, '').split(/\s+/).filter(Boolean)
  if (words.length === 0 || words.length > 6 || SMALL_WORD_RE.test(words[0] ?? '')) return false
  if (!words.every((w) => TITLE_WORD_RE.test(w))) return false
  return OWNER_BEFORE_RE.test(text.slice(Math.max(0, span.open - 40), span.open))
}

/**
 * Leaves out the quotations that are titles (see `isQuotedTitle`) and blanks their marks in `masked` (offsets kept),
 * so that their words are read as words of the sentence.
 */
export function readTitlesAsWords(
  text: string,
  masked: string,
  spans: QuoteSpan[],
): { masked: string; spans: QuoteSpan[] } {
  const titles = spans.filter((s) => isQuotedTitle(text, s))
  if (titles.length === 0) return { masked, spans }
  let out = masked
  for (const s of titles) {
    const blank = (m: string) => ' '.repeat(m.length)
    const plain = text
      .slice(s.open, s.close + 1)
      .replace(OPENING_MARK_RE, blank)
      .replace(CLOSING_MARK_RE, blank)
    out = out.slice(0, s.open) + plain + out.slice(s.close + 1)
  }
  return { masked: out, spans: spans.filter((s) => !titles.includes(s)) }
}
