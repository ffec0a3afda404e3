/**
 * Paraphrase by word vectors: a question's content word that a candidate paragraph has neither as written, nor
 * through WordNet's synonyms, nor with a typo, is matched by the paragraph's word most related to it ("promised" /
 * "pledged", "fans" / "supporters"), when the two words' vectors are at least `RELATED` alike, for `CREDIT` of the
 * word's weight. It only ranks the paragraphs the search already found; names are never matched so.
 */
import type { Relatedness } from '../search/lexicon.js'
import { STOP_WORDS } from '../search/stop-words.js'
import type { Span } from './span.js'
import type { Understood } from './understand.js'

/**
 * The cosine at which two words count as the same in other words: of 0.45 to 0.75 on the fit questions, 0.55 to 0.75
 * tie with no vectors at all (236 of 288), and none gains; see the README.
 */
export const RELATED = 0.55
/** What a match by relatedness counts for, beside one as written (1) and through a WordNet synonym (0.6). */
export const CREDIT = 0.5
/** The most frequent words of news (by their number in the vectors, which is their rank) say too little to match. */
export const COMMONEST = 500

type Weighted = { stem: string; weight: number }
type TermMatch = Span & { weight: number; term: string }

/** The question's words that may be paraphrased: lower-case content words with a vector. */
type Paraphrasable = { stem: string; weight: number; id: number }
const perQuestion = new WeakMap<Understood, { terms: Paraphrasable[]; cosines: Map<number, Float32Array> }>()

function questionWords(u: Understood, vectors: Relatedness, terms: readonly Weighted[]) {
  let memo = perQuestion.get(u)
  if (!memo) {
    const list: Paraphrasable[] = []
    for (const t of terms) {
      const at = u.parsed.spans.get(t.stem)?.[0]
      const word = at ? u.parsed.text.slice(at.start, at.end) : ''
      if (u.parsed.names.has(t.stem) || !/^\p{Ll}+$/u.test(word) || STOP_WORDS.has(word)) continue
      const id = vectors.id(word)
      if (id !== undefined && id >= COMMONEST) list.push({ stem: t.stem, weight: t.weight, id })
    }
    memo = { terms: list, cosines: new Map() }
    perQuestion.set(u, memo)
  }
  return memo
}

/**
 * The paraphrase matches of a paragraph, for the question's words its `found` matches leave out: each such word's
 * best-related word in the paragraph, if related enough.
 */
export function paraphraseMatches(
  u: Understood,
  vectors: Relatedness | null,
  terms: readonly Weighted[],
  text: string,
  words: readonly Span[],
  found: readonly (Span & { term: string })[],
): TermMatch[] {
  if (!vectors) return []
  const { terms: asked, cosines } = questionWords(u, vectors, terms)
  const open = asked.filter((t) => !found.some((m) => m.term === t.stem))
  if (!open.length) return []
  const out: TermMatch[] = []
  const taken = (w: Span) => found.some((m) => m.start < w.end && m.end > w.start)
  for (const w of words) {
    // a word the question matched as written is not also another word of the question in other words
    if (taken(w)) continue
    const written = text.slice(w.start, w.end)
    // a capitalised word inside a sentence is a name
    if (
      !/^\p{Ll}/u.test(written) &&
      w.start > 0 &&
      !/[.!?“"‘(—–]\s*$/u.test(text.slice(Math.max(0, w.start - 3), w.start))
    )
      continue
    const lower = written.toLowerCase()
    if (lower.length < 3 || STOP_WORDS.has(lower)) continue
    const id = vectors.id(lower)
    if (id === undefined || id < COMMONEST) continue
    let row = cosines.get(id)
    if (!row) {
      row = Float32Array.from(asked, (t) => vectors.cosine(t.id, id))
      cosines.set(id, row)
    }
    for (const t of open)
      if ((row[asked.indexOf(t)] ?? 0) >= RELATED)
        out.push({ start: w.start, end: w.end, weight: t.weight * CREDIT, term: t.stem })
  }
  return out
}
