/** The words of a statement: a quotation alone, or a clause that may hold quoted words. */
import type { Range } from './attribution.js'
import type { QuoteSpan } from './quote-marks.js'
import { isTitle } from './statement-filters.js'
import type { Token } from './token.js'

export function spanAt(spans: QuoteSpan[], at: number): QuoteSpan | undefined {
  return spans.find((s) => (s.open >= 0 ? s.open : s.start) === at || s.start === at)
}

/** The words of a statement: a quotation alone, or a clause (which may hold quoted words). */
export function statementText(
  text: string,
  toks: Token[],
  range: Range,
  spans: QuoteSpan[],
): { text: string; kind: 'direct' | 'indirect'; start: number; end: number; unclosed: boolean } | null {
  let { a, b } = range
  while (a <= b && toks[a]?.kind === 'p') a++
  // (a per cent sign closes its number: "with just 22%," is not "with just 22")
  const trailing = (t: Token | undefined) =>
    (t?.kind === 'p' && t.text !== '%') || /^(?:and|but|or)$/i.test(t?.text ?? '')
  while (a <= b && trailing(toks[b])) b--
  if (a > b) return null
  const quotes: number[] = []
  let words = 0
  for (let k = a; k <= b; k++) {
    if (toks[k]?.kind === 'q') quotes.push(k)
    else if (toks[k]?.kind === 'w') words++
  }
  const only = quotes.length === 1 && words === 0 ? quotes[0] : undefined
  if (only !== undefined) {
    const span = spanAt(spans, (toks[only] as Token).start)
    if (!span) return null
    const body = text.slice(span.start, span.end).replace(/[\s,]+$/, '')
    if (!body || isTitle(body)) return null
    return { text: body, kind: 'direct', start: span.start, end: span.start + body.length, unclosed: span.close < 0 }
  }
  if (quotes.length === 0 && words < 3) return null
  const start = (toks[a] as Token).start
  const end = (toks[b] as Token).end
  return { text: text.slice(start, end), kind: quotes.length > 0 ? 'direct' : 'indirect', start, end, unclosed: false }
}

type Body = ReturnType<typeof statementText>

/** The two halves of a reported clause cut by its attribution, as one statement: "The bigger risk … is a clash". */
export function joined(first: Body, rest: Body | undefined): Body {
  if (!rest) return first
  if (!first) return rest
  return { ...first, text: `${first.text} … ${rest.text}`, end: rest.end }
}
