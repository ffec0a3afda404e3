/** A token of a masked paragraph and the questions the parsers ask of it. */

/**
 * A word, one punctuation character, or a whole quotation (`q`). `low` is the lower-case text and `cap` says it
 * starts with a capital (both precomputed: the parsers ask often).
 */
export type Token = {
  text: string
  low: string
  cap: boolean
  start: number
  end: number
  kind: 'w' | 'p' | 'q'
  /** Set on an ordinary word the article uses as a surname ("Marty West" makes "West said" a name). */
  surname?: boolean
}

const CAP_RE = /^\p{Lu}/u

/** Starts with a capital: ASCII by code, anything else by the Unicode test. */
function startsCapital(text: string): boolean {
  const c = text.charCodeAt(0)
  if (c < 128) return c >= 65 && c <= 90
  return CAP_RE.test(text)
}

export const makeToken = (text: string, start: number, kind: Token['kind']): Token => ({
  text,
  low: text.toLowerCase(),
  cap: kind === 'w' && startsCapital(text),
  start,
  end: start + text.length,
  kind,
})

export const lower = (t: Token): string => t.low
export const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'w'
export const isCap = (t: Token | undefined): boolean => t?.cap === true
export const isPunct = (t: Token | undefined, chars: string): boolean =>
  t !== undefined && t.kind === 'p' && chars.includes(t.text)

/** A quotation that ends in a comma inside its closing mark ("“We will,” she said"). */
export const quoteEndsInComma = (t: Token | undefined, text: string): boolean =>
  t !== undefined && t.kind === 'q' && /,(?:["\u201c\u201d]|'')?\s*$/u.test(text.slice(t.start, t.end))
