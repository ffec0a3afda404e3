/**
 * The documents the index holds, one per paragraph, and what is worked out from a paragraph's text for them: its
 * tokens and index terms (each text tokenized once for both MiniSearch and the statistics), its length and the
 * terms it repeats (stored with the document, for the first pass of a pruned query).
 */
import type { Article, Quote } from '../story/types.js'
import { indexTerms, tokenize } from './text-terms.js'

export type ParagraphDoc = {
  id: string
  article: string
  paragraph: number
  text: string
  /** Names and roles of everyone quoted in the paragraph. */
  speakers: string
  /**
   * Stored with the document for the first pass of a pruned query (see `StoryIndex.query`): a small number, the
   * text's length in distinct tokens (MiniSearch's field length) and the terms it uses more than once, with how
   * often (" term:count ...").
   */
  ord: number
  len: number
  rep: string
  /** The speakers field's length in distinct tokens, and the terms it uses more than once (as `rep`). */
  slen: number
  srep: string
}

/** What MiniSearch stores of each paragraph (and hands to `boostDocument`). */
export type Stored = Pick<ParagraphDoc, 'ord' | 'len' | 'rep' | 'slen' | 'srep'>

/** The index terms of a token (stem and synonym groups), remembered: a corpus has far fewer words than tokens. */
const termCache = new Map<string, string[] | null>()
const TERM_CACHE_LIMIT = 500_000

export function cachedIndexTerms(token: string): string[] | null {
  let terms = termCache.get(token)
  if (terms === undefined) {
    if (termCache.size >= TERM_CACHE_LIMIT) termCache.clear()
    terms = indexTerms(token)
    termCache.set(token, terms)
  }
  return terms
}

/**
 * The tokens of the last text tokenized, and their index terms: a paragraph is tokenized for its statistics
 * (see `describe`) and then again by MiniSearch when it is added, and MiniSearch asks for each token's terms in
 * order right after; both are answered from here instead of being worked out again.
 */
let lastText = ''
let lastTokens: string[] = []
let lastTerms: (string[] | null)[] = []
let cursor = 0

export function tokenizeOnce(text: string): string[] {
  if (text !== lastText) {
    lastTokens = tokenize(text)
    lastTerms = lastTokens.map(cachedIndexTerms)
    lastText = text
  }
  cursor = 0
  return lastTokens
}

/** MiniSearch's processTerm: the next token of the text just tokenized, else looked up. */
export function processToken(token: string): string[] | null {
  const i = cursor++
  return lastTokens[i] === token ? (lastTerms[i] ?? null) : cachedIndexTerms(token)
}

export const paragraphId = (article: string, paragraph: number): string => `${article}#${paragraph}`

export function splitId(id: string): [string, number] {
  const at = id.lastIndexOf('#')
  return [id.slice(0, at), Number(id.slice(at + 1))]
}

/** The speakers field of each paragraph: the names and roles of everyone quoted in it. */
export function paragraphDocs(
  article: Article,
  quotes: readonly Quote[],
  ordinal: (index: number) => number,
): ParagraphDoc[] {
  const speakers = new Map<number, Set<string>>()
  for (const q of quotes) {
    if (q.article !== article.id || !q.speaker) continue
    const set = speakers.get(q.paragraph) ?? new Set<string>()
    set.add(q.speaker)
    speakers.set(q.paragraph, set)
  }
  return article.paragraphs.map((p, i) => ({
    id: paragraphId(article.id, p.n),
    article: article.id,
    paragraph: p.n,
    text: p.text,
    speakers: [...(speakers.get(p.n) ?? [])].join('; '),
    ord: ordinal(i),
    len: 0,
    rep: '',
    slen: 0,
    srep: '',
  }))
}

/**
 * The distinct terms of a paragraph's text (stems and synonym groups: what the document frequencies count), with
 * how often it uses each; also
 * fills in its length in distinct tokens and the terms it uses more than once.
 */
export function describe(doc: ParagraphDoc): Map<string, number> {
  const tokens = tokenizeOnce(doc.text)
  const counts = new Map<string, number>()
  for (const terms of lastTerms) if (terms) for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1)
  doc.len = new Set(tokens).size
  let rep = ''
  for (const [t, c] of counts) if (c > 1) rep += ` ${t}:${c}`
  doc.rep = rep ? `${rep} ` : ''
  return counts
}

/** How often a paragraph uses a term, from its `rep` (" term:count ..." for the terms it uses more than once). */
export function repeats(rep: string, padded: string): number {
  const at = rep.indexOf(padded)
  if (at < 0) return 1
  let n = 0
  for (let i = at + padded.length; i < rep.length; i++) {
    const c = rep.charCodeAt(i) - 48
    if (c < 0 || c > 9) break
    n = n * 10 + c
  }
  return Math.max(n, 1)
}
