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

/** The ")" closing the "(" at `open` at most `reach` tokens after it; -1 if none. */
export function closingBracket(toks: readonly Token[], open: number, reach: number): number {
  for (let c = open + 1; c <= open + reach && c < toks.length; c++) if (isPunct(toks[c], ')')) return c
  return -1
}

/** A quotation that ends in a comma inside its closing mark ("“We will,” she said"). */
export const quoteEndsInComma = (t: Token | undefined, text: string): boolean =>
  t !== undefined && t.kind === 'q' && /,(?:["\u201c\u201d]|'')?\s*$/u.test(text.slice(t.start, t.end))

/** A dash: "—", "–", or one of the two hyphens of "--". */
export const isDash = (toks: Token[], i: number): boolean =>
  isPunct(toks[i], '—–') || (isPunct(toks[i], '-') && (isPunct(toks[i - 1], '-') || isPunct(toks[i + 1], '-')))

/** The first and last tokens of the dash at `i`: both hyphens of "--", else the dash alone. */
function dashEnds(toks: Token[], i: number): { first: number; last: number } {
  const hyphen = isPunct(toks[i], '-')
  return {
    first: hyphen && isPunct(toks[i - 1], '-') ? i - 1 : i,
    last: hyphen && isPunct(toks[i + 1], '-') ? i + 1 : i,
  }
}

/**
 * "Spicer -- as Clinton's campaign noted -- said", "The spokesman — who declined to be named — told": where the
 * dash at `close` ends an aside, the index of the word before its opening dash; or -1.
 */
export function beforeAside(toks: Token[], close: number): number {
  if (!isDash(toks, close)) return -1
  let m = dashEnds(toks, close).first - 1
  for (const stop = Math.max(0, m - 25); m > stop; m--) {
    const t = toks[m] as Token
    if (t.kind === 'q' || isPunct(t, '.;')) return -1
    if (!isDash(toks, m)) continue
    const open = dashEnds(toks, m).first
    return isWord(toks[open - 1]) ? open - 1 : -1
  }
  return -1
}

/** Where the dash at `open` opens an aside closed by another dash, the index of the token after it; or -1. */
export function pastAside(toks: Token[], open: number): number {
  if (!isDash(toks, open)) return -1
  let m = dashEnds(toks, open).last + 1
  for (const stop = Math.min(toks.length - 1, m + 25); m < stop; m++) {
    const t = toks[m] as Token
    if (t.kind === 'q' || isPunct(t, '.;')) return -1
    if (isDash(toks, m)) return dashEnds(toks, m).last + 1
  }
  return -1
}
