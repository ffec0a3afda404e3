/**
 * The MiniSearch index over the story's paragraphs, with the speakers quoted in each, plus the document
 * frequencies the answer step needs to tell a strong match from a weak one. Articles can be added, replaced and
 * removed one at a time (live corpus updates) without rebuilding, and the whole index can be saved and loaded
 * (the on-disk cache) without re-reading the text.
 */
import MiniSearch, { type AsPlainObject, type SearchResult } from 'minisearch'
import type { Article, Quote } from '../story/types.js'
import { FUZZY_WEIGHT, fuzzyDistance, isFuzzy, minisearchOptions, SYNONYM_WEIGHT } from './minisearch-options.js'
import {
  cachedIndexTerms,
  describe,
  type ParagraphDoc,
  paragraphDocs,
  paragraphId,
  repeats,
  type Stored,
  splitId,
} from './paragraph-docs.js'
import { PostingLists, Postings, SPEAKERS, TEXT } from './posting-lists.js'
import { tokenize } from './text-terms.js'

/**
 * A first pass's result: each paragraph it reached (`ords`, the first `count`) with its estimated score and the
 * words it matched (bit i: word i), and those chosen flagged by ordinal in `chosen` (scratch: clear after use).
 */
type FirstPass = {
  chosen: Uint8Array
  ords: Int32Array
  keys: Float64Array
  masks: Uint32Array
  count: number
  /** Whether the scores are MiniSearch's own (every fuzzy match credited to the one word that made it). */
  exact: boolean
}

/** One searched term: a stem and the extra terms (synonym groups) that also count, for less. */
export type QueryTerm = { stem: string; synonyms: readonly string[] }

export type Hit = {
  id: string
  article: string
  paragraph: number
  score: number
  /** The query stems this paragraph matched, directly, fuzzily or through a synonym. */
  matched: Set<string>
  /** The stems matched directly or fuzzily (not only through a synonym). */
  exact: Set<string>
}

/** Bump when what the index holds or how it is saved changes, so saved indexes are rebuilt. */
export const INDEX_FORMAT_VERSION = 5

/** How many hits `query` returns at most, best first (the answer step looks at the first 30). */
export const DEFAULT_QUERY_LIMIT = 200

/**
 * A query whose terms are in more paragraphs than this together is answered in two passes (see `query`): below it,
 * one exhaustive MiniSearch search is as fast.
 */
export const PRUNE_ABOVE_POSTINGS = 1500
/**
 * A word's synonym group is searched too while the word itself is in fewer paragraphs than this many, or this
 * share of the story: a common word has matches enough of its own, and its group would cost a long posting list.
 */
const SYNONYMS_BELOW_PARAGRAPHS = 50
const SYNONYMS_BELOW_SHARE = 0.005
/** A term in at least this many paragraphs has its postings held as typed arrays for the first pass. */
const HOLD_POSTINGS_FROM = 400
const NO_TERMS: ReadonlyMap<string, number> = new Map()
/** A word searched fuzzily (unknown to the story) counts as this many paragraphs in that estimate. */
const FUZZY_POSTINGS_ESTIMATE = 200
export type QueryOptions = {
  /** Score every paragraph that matches any term (one pass), however common the terms: for tests and the bench. */
  exhaustive?: boolean
}

/** An index as saved on disk: MiniSearch's own JSON plus what the StoryIndex keeps beside it. */
export type SavedIndex = {
  format: number
  search: AsPlainObject
  /** stem → paragraphs containing it. */
  df: [string, number][]
  /** article id → the speakers field of each of its paragraphs, in order (the text comes from the article). */
  speakers: [string, string[]][]
  /** term → paragraphs whose speakers field holds it. */
  sdf: [string, number][]
  nextOrdinal: number
}

export class StoryIndex {
  readonly search: MiniSearch<ParagraphDoc>
  /** stem → number of paragraphs containing it. */
  private readonly df: Map<string, number>
  /** article id → its paragraph documents (for removal and for re-indexing speakers). */
  private readonly byArticle = new Map<string, ParagraphDoc[]>()
  /**
   * Each paragraph has a number (`ord`, never reused) so a pruned query can score in typed arrays; `idOf` maps it
   * back. `totalLength` sums the field lengths of the paragraphs in the index.
   */
  private nextOrdinal = 0
  private readonly idOf = new Map<number, string>()
  private totalLength = 0
  /** The same for the speakers field: term → paragraphs, and the total length. */
  private sdf = new Map<string, number>()
  private totalSpeakersLength = 0
  /** The postings of common terms as typed arrays, for the first pass of a pruned query. */
  private readonly lists = new PostingLists()
  private scratch = {
    score: new Float64Array(0),
    mask: new Uint32Array(0),
    touched: new Int32Array(0),
    chosen: new Uint8Array(0),
  }

  constructor(search?: MiniSearch<ParagraphDoc>, df?: Map<string, number>) {
    this.df = df ?? new Map()
    this.search = search ?? new MiniSearch<ParagraphDoc>(minisearchOptions((term) => this.df.has(term)))
  }

  get paragraphCount(): number {
    return this.search.documentCount
  }

  /** Paragraphs containing the stem (0 for a stem the story never uses). */
  documentFrequency(stem: string): number {
    return this.df.get(stem) ?? 0
  }

  /** Adds (or replaces) an article's paragraphs. */
  setArticle(article: Article, quotes: readonly Quote[]): void {
    this.removeArticle(article.id)
    const docs = paragraphDocs(article, quotes, () => this.nextOrdinal++)
    for (const doc of docs) {
      // the terms and lengths first (MiniSearch stores them, and then tokenizes the text again for free)
      const terms = describe(doc)
      const speakers = this.countSpeakers(doc, 1)
      this.search.add(doc)
      for (const term of terms.keys()) this.df.set(term, (this.df.get(term) ?? 0) + 1)
      this.lists.added({ ord: doc.ord, text: terms, len: doc.len, speakers, slen: doc.slen })
      this.idOf.set(doc.ord, doc.id)
      this.totalLength += doc.len
    }
    this.byArticle.set(article.id, docs)
  }

  removeArticle(id: string): void {
    const docs = this.byArticle.get(id)
    if (!docs) return
    for (const doc of docs) {
      this.search.discard(doc.id)
      this.idOf.delete(doc.ord)
      this.totalLength -= doc.len
      const speakers = this.countSpeakers(doc, -1)
      const terms = describe(doc)
      for (const term of terms.keys()) {
        const n = (this.df.get(term) ?? 1) - 1
        if (n > 0) this.df.set(term, n)
        else this.df.delete(term)
      }
      this.lists.removed(doc.ord, [...terms.keys(), ...speakers.keys()])
    }
    this.byArticle.delete(id)
  }

  /**
   * Re-indexes the paragraphs of an article whose speakers changed (the same person renamed across articles).
   * Returns how many paragraphs changed; the text and the document frequencies stay as they are.
   */
  updateSpeakers(article: Article, quotes: readonly Quote[]): number {
    const old = this.byArticle.get(article.id)
    if (!old) {
      this.setArticle(article, quotes)
      return article.paragraphs.length
    }
    const fresh = paragraphDocs(article, quotes, (i) => old[i]?.ord ?? this.nextOrdinal++)
    let changed = 0
    fresh.forEach((doc, i) => {
      const before = old[i]
      if (before && before.text === doc.text && before.speakers === doc.speakers) return
      if (!before || before.text !== doc.text) throw new Error(`updateSpeakers: the text of ${doc.id} changed`)
      doc.len = before.len
      doc.rep = before.rep
      this.lists.forget(this.countSpeakers(before, -1).keys())
      this.lists.forget(this.countSpeakers(doc, 1).keys())
      this.search.replace(doc)
      old[i] = doc
      changed++
    })
    return changed
  }

  /**
   * Ranked paragraphs for the terms, best first, at most `limit`; `filter` keeps only the paragraphs whose ids it
   * accepts.
   *
   * Common words and synonym groups can be in tens of thousands of paragraphs, and MiniSearch builds a result
   * object for every one of them before it sorts. So when the terms are common, the search runs in two passes
   * over the same index: the first only estimates each paragraph's score (the terms' rarity and boosts, times
   * how many terms it matches, as MiniSearch does) without building results (`boostDocument` returning 0), and
   * keeps the best `2 × limit`; the second is the ordinary MiniSearch search, restricted to those, so their scores
   * and order are exactly MiniSearch's. The bench checks that the first 30 hits agree with an exhaustive search.
   */
  query(
    terms: readonly QueryTerm[],
    filter?: (id: string) => boolean,
    limit = DEFAULT_QUERY_LIMIT,
    options: QueryOptions = {},
  ): Hit[] {
    if (terms.length === 0) return []
    const ownerOf = new Map<string, string>()
    /** The words searched only as a synonym of a question word: they count for less. */
    const synonyms = new Set<string>()
    const common = Math.max(SYNONYMS_BELOW_PARAGRAPHS, SYNONYMS_BELOW_SHARE * this.paragraphCount)
    for (const t of terms) ownerOf.set(t.stem, t.stem)
    for (const t of terms) {
      // a word the story uses often has matches enough of its own: its synonyms would only add cost
      if (this.documentFrequency(t.stem) >= common) continue
      for (const s of t.synonyms)
        if (!ownerOf.has(s)) {
          ownerOf.set(s, t.stem)
          synonyms.add(s)
        }
    }
    const weight = (term: string) => (synonyms.has(term) || term.startsWith('~') ? SYNONYM_WEIGHT : 1)
    const words = [...ownerOf.keys()]
    const query = { queries: words, combineWith: 'OR' as const }
    let results: SearchResult[]
    const hit = (id: string, score: number, queryTerms: readonly string[]): Hit => {
      const [article, paragraph] = splitId(id)
      const matched = new Set<string>()
      const exact = new Set<string>()
      for (const q of queryTerms) {
        const owner = ownerOf.get(q)
        if (!owner) continue
        matched.add(owner)
        if (!synonyms.has(q)) exact.add(owner)
      }
      // a synonym group shared by two query terms credits both
      for (const t of terms) if (t.synonyms.some((s) => queryTerms.includes(s))) matched.add(t.stem)
      return { id, article, paragraph, score, matched, exact }
    }
    if (options.exhaustive || this.postingsEstimate(words) <= PRUNE_ABOVE_POSTINGS)
      results = this.search.search(
        query,
        filter ? { boostTerm: weight, filter: (r: SearchResult) => filter(String(r.id)) } : { boostTerm: weight },
      )
    else {
      const pass = this.candidates(words, 2 * limit, weight, filter)
      // the first pass's scores are MiniSearch's own when it could tell which word each match belongs to
      if (pass.exact && words.length <= 31)
        return this.firstPassHits(pass, words, limit).map((h) => hit(h.id, h.score, h.words))
      const { chosen } = pass
      results = this.search.search(query, {
        boostTerm: weight,
        boostDocument: (_id: string, _term: string, stored?: Record<string, unknown>) =>
          chosen[(stored as Stored | undefined)?.ord ?? -1] ?? 0,
      })
      chosen.fill(0)
    }
    return (results.length > limit ? results.slice(0, limit) : results).map((r) =>
      hit(String(r.id), r.score, r.queryTerms),
    )
  }

  /**
   * The paragraphs a first pass chose, best first (equal scores in index order), with their scores and the words
   * each matched; clears the choice.
   */
  private firstPassHits(
    pass: FirstPass,
    words: readonly string[],
    limit: number,
  ): { id: string; score: number; words: string[] }[] {
    const picked: number[] = []
    for (let i = 0; i < pass.count; i++) if (pass.chosen[pass.ords[i] ?? -1]) picked.push(i)
    pass.chosen.fill(0)
    picked.sort((a, b) => (pass.keys[b] ?? 0) - (pass.keys[a] ?? 0) || (pass.ords[a] ?? 0) - (pass.ords[b] ?? 0))
    const out: { id: string; score: number; words: string[] }[] = []
    for (const i of picked.slice(0, limit)) {
      const id = this.idOf.get(pass.ords[i] ?? -1)
      const mask = pass.masks[i] ?? 0
      if (id !== undefined) out.push({ id, score: pass.keys[i] ?? 0, words: words.filter((_, k) => mask & (1 << k)) })
    }
    return out
  }

  /**
   * The ids of the paragraphs holding a term (in the text or the speakers field), unranked, at most `limit`:
   * MiniSearch only walks the term's postings (`boostDocument` returning 0), so no result is built or sorted.
   */
  paragraphsWith(term: string, limit = Number.POSITIVE_INFINITY): Set<string> {
    const ids = new Set<string>()
    this.search.search(term, {
      fuzzy: false,
      boostTerm: () => 1,
      boostDocument: (id: string) => {
        if (ids.size < limit) ids.add(id)
        return 0
      },
    })
    return ids
  }

  /**
   * The postings of a common word the story uses, as typed arrays (copied out of MiniSearch the first time, field
   * by field, without building results); undefined for a rare word or one searched fuzzily.
   */
  private heldPostings(word: string): Postings | undefined {
    const held = this.lists.get(word)
    if (held) return held
    const inText = this.df.get(word) ?? 0
    const inSpeakers = this.sdf.get(word) ?? 0
    if (inText + inSpeakers < HOLD_POSTINGS_FROM) return undefined
    const list = new Postings(inText + inSpeakers)
    const padded = ` ${word}:`
    const copy = (field: typeof TEXT | typeof SPEAKERS) =>
      this.search.search(word, {
        fields: [field === TEXT ? 'text' : 'speakers'],
        fuzzy: false,
        boostDocument: (_id: string, _term: string, stored?: Record<string, unknown>) => {
          const doc = stored as Stored | undefined
          if (!doc) return 0
          const rep = field === TEXT ? doc.rep : doc.srep
          list.push(doc.ord, rep === '' ? 1 : repeats(rep, padded), field === TEXT ? doc.len : doc.slen, field)
          return 0
        },
      })
    copy(TEXT)
    copy(SPEAKERS)
    this.lists.set(word, list)
    return list
  }

  /** Roughly how many postings MiniSearch visits for these words. */
  private postingsEstimate(words: readonly string[]): number {
    let total = 0
    for (const w of words)
      total += (this.df.get(w) ?? (isFuzzy(w) ? FUZZY_POSTINGS_ESTIMATE : 0)) + (this.sdf.get(w) ?? 0)
    return total
  }

  /**
   * The first pass of a pruned query: every paragraph matching any word gets an estimated score as MiniSearch
   * visits its postings (BM25 from the word's rarity, the paragraph's length and whether it uses the word more
   * than once; the first match of a word in a paragraph taken as the text field, a second as the speakers field;
   * times the number of words matched), in typed arrays. Returns the best `want` accepted by `filter`, flagged by
   * ordinal.
   */
  private candidates(
    words: readonly string[],
    want: number,
    weightOf: (word: string) => number,
    filter?: (id: string) => boolean,
  ): FirstPass {
    const n = this.paragraphCount
    const idf = (df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5))
    const slot = new Map(words.map((w, i) => [w, i]))
    const fuzzy = words.map((w, i) => [w, i] as const).filter(([w]) => isFuzzy(w) && !this.df.has(w))
    // a typo close to another word of the question would credit its matches to the wrong word
    let exact = !fuzzy.some(([f]) => words.some((w) => w !== f && !w.startsWith('~') && fuzzyDistance(f, w) !== null))
    const { score, mask, touched, chosen } = this.scratchFor(this.nextOrdinal)
    // MiniSearch's BM25+ (k 1.2, b 0.7, d 0.5), per field
    const docs = Math.max(1, this.idOf.size)
    const average = this.totalLength / docs
    const speakersAverage = Math.max(0.1, this.totalSpeakersLength / docs)
    const bm25 = (tf: number, length: number, avg: number) =>
      0.5 + (tf * 2.2) / (tf + 1.2 * (0.3 + (0.7 * length) / avg))
    // MiniSearch visits a term's text postings, then its speakers postings: past the text count, it is the speakers.
    // What depends only on the term is worked out when the term changes, not for every posting.
    let term0 = ''
    let seen = 0
    let inText = 0
    let textWeight = 0
    let speakersWeight = 0
    let bit = 0
    let padded = ''
    let count = 0
    // common words: from the postings held as typed arrays (copied out of MiniSearch on first use)
    const walked: string[] = []
    for (const [i, w] of words.entries()) {
      const list = this.heldPostings(w)
      if (!list) {
        walked.push(w)
        continue
      }
      const boost = weightOf(w)
      const weight = [boost * idf(this.df.get(w) || 1), 1.5 * boost * idf(this.sdf.get(w) || 1)]
      const avg = [average, speakersAverage]
      const wordBit = (i < 31 ? 1 << i : 1 << 31) >>> 0
      const { ord: ords, tf, len, field } = list
      for (let k = 0; k < list.size; k++) {
        const ord = ords[k] ?? 0
        if (!this.lists.isAlive(ord)) continue
        const f = field[k] ?? TEXT
        const estimate = (weight[f] ?? 0) * bm25(tf[k] ?? 1, len[k] ?? 0, avg[f] ?? 1)
        const before = mask[ord] ?? 0
        if (before === 0) touched[count++] = ord
        score[ord] = (score[ord] ?? 0) + estimate
        mask[ord] = (before | wordBit) >>> 0
      }
    }
    if (walked.length > 0)
      this.search.search(
        { queries: walked, combineWith: 'OR' as const },
        {
          boostDocument: (_id: string, term: string, stored?: Record<string, unknown>) => {
            const doc = stored as Stored | undefined
            if (!doc) return 0
            if (term !== term0) {
              term0 = term
              seen = 0
              inText = this.df.get(term) ?? 0
              let i = slot.get(term)
              let boost = weightOf(term)
              if (i === undefined) {
                // a fuzzy match of an unknown word, weighed as MiniSearch does; if two unknown words could have
                // made it, the first is credited and the scores are only estimates
                const sources = fuzzy.flatMap(([f, k]) => {
                  const distance = fuzzyDistance(f, term)
                  return distance === null ? [] : [{ k, distance }]
                })
                if (sources.length !== 1) exact = false
                const source = sources[0] ?? { k: fuzzy[0]?.[1] ?? 0, distance: 2 }
                i = source.k
                boost = (FUZZY_WEIGHT * term.length) / (term.length + source.distance)
              }
              textWeight = boost * idf(inText || 1)
              speakersWeight = 1.5 * boost * idf(this.sdf.get(term) ?? 1)
              bit = (i < 31 ? 1 << i : 1 << 31) >>> 0
              padded = ` ${term}:`
            }
            const estimate =
              seen++ >= inText
                ? speakersWeight * bm25(doc.srep === '' ? 1 : repeats(doc.srep, padded), doc.slen, speakersAverage)
                : textWeight * bm25(doc.rep === '' ? 1 : repeats(doc.rep, padded), doc.len, average)
            const ord = doc.ord
            const before = mask[ord] ?? 0
            if (before === 0) touched[count++] = ord
            score[ord] = (score[ord] ?? 0) + estimate
            mask[ord] = (before | bit) >>> 0
            return 0
          },
        },
      )
    const keys = new Float64Array(count)
    const masks = new Uint32Array(count)
    for (let i = 0; i < count; i++) {
      const ord = touched[i] ?? 0
      masks[i] = mask[ord] ?? 0
      keys[i] = (score[ord] ?? 0) * popcount(mask[ord] ?? 0)
      score[ord] = 0
      mask[ord] = 0
    }
    const pass = { chosen, ords: touched, keys, masks, count, exact }
    if (!filter) {
      // the want-th best estimate; everything better, then ties with it until there are want
      const threshold = count > want ? (keys.slice().sort()[count - want] ?? 0) : Number.NEGATIVE_INFINITY
      let taken = 0
      for (let i = 0; i < count; i++)
        if ((keys[i] ?? 0) > threshold) {
          chosen[touched[i] ?? 0] = 1
          taken++
        }
      for (let i = 0; i < count && taken < want; i++)
        if (keys[i] === threshold) {
          chosen[touched[i] ?? 0] = 1
          taken++
        }
      return pass
    }
    // with a filter, the best estimates are tried in bands (the best want, then the next 3 × want, ...) until
    // want are accepted: the filter runs on as few paragraphs as it takes, and nothing is sorted but the keys
    const sorted = keys.slice().sort()
    let taken = 0
    let upper = Number.POSITIVE_INFINITY
    for (let band = want; ; band *= 4) {
      const lower = band >= count ? Number.NEGATIVE_INFINITY : (sorted[count - band] ?? Number.NEGATIVE_INFINITY)
      for (let i = 0; i < count; i++) {
        const key = keys[i] ?? 0
        if (key > upper || key <= lower) continue
        const ord = touched[i] ?? 0
        const id = this.idOf.get(ord)
        if (id !== undefined && filter(id)) {
          chosen[ord] = 1
          taken++
        }
      }
      if (taken >= want || lower === Number.NEGATIVE_INFINITY) break
      upper = lower
    }
    return pass
  }

  /** Adds (1) or removes (-1) a paragraph's speakers field to the speakers statistics; sets its length. */
  private countSpeakers(doc: ParagraphDoc, sign: 1 | -1): Map<string, number> {
    const tokens = doc.speakers ? tokenize(doc.speakers) : []
    doc.slen = new Set(tokens).size
    this.totalSpeakersLength += sign * doc.slen
    const counts = new Map<string, number>()
    for (const token of tokens) for (const t of cachedIndexTerms(token) ?? []) counts.set(t, (counts.get(t) ?? 0) + 1)
    let srep = ''
    for (const [t, c] of counts) if (c > 1) srep += ` ${t}:${c}`
    doc.srep = srep ? `${srep} ` : ''
    for (const t of counts.keys()) {
      const n = (this.sdf.get(t) ?? 0) + sign
      if (n > 0) this.sdf.set(t, n)
      else this.sdf.delete(t)
    }
    return counts
  }

  private scratchFor(size: number) {
    if (this.scratch.score.length < size) {
      const capacity = Math.max(1024, size * 2)
      this.scratch = {
        score: new Float64Array(capacity),
        mask: new Uint32Array(capacity),
        touched: new Int32Array(capacity),
        chosen: new Uint8Array(capacity),
      }
    }
    return this.scratch
  }

  /** The index as plain data for the on-disk cache (see `StoryIndex.load`). */
  save(): SavedIndex {
    return {
      format: INDEX_FORMAT_VERSION,
      search: this.search.toJSON(),
      df: [...this.df],
      speakers: [...this.byArticle].map(([id, docs]) => [id, docs.map((d) => d.speakers)]),
      sdf: [...this.sdf],
      nextOrdinal: this.nextOrdinal,
    }
  }

  /**
   * An index from `save()`, over the same articles. Throws when the saved data does not fit them (a cache that
   * cannot be trusted), so the caller rebuilds.
   */
  static load(saved: SavedIndex, articles: readonly Article[]): StoryIndex {
    if (saved.format !== INDEX_FORMAT_VERSION)
      throw new Error(`index format ${saved.format}, expected ${INDEX_FORMAT_VERSION}`)
    const df = new Map(saved.df)
    const index = new StoryIndex(
      MiniSearch.loadJS<ParagraphDoc>(
        saved.search,
        minisearchOptions((term) => df.has(term)),
      ),
      df,
    )
    const byId = new Map(articles.map((a) => [a.id, a]))
    const stored = storedById(saved.search)
    let docs = 0
    for (const [id, speakers] of saved.speakers) {
      const article = byId.get(id)
      if (!article || article.paragraphs.length !== speakers.length)
        throw new Error(`the saved index does not match article ${id}`)
      const list = article.paragraphs.map((p, i): ParagraphDoc => {
        const docId = paragraphId(id, p.n)
        const s = stored.get(docId)
        if (!s) throw new Error(`the saved index has no paragraph ${docId}`)
        index.idOf.set(s.ord, docId)
        index.lists.added({ ord: s.ord, text: NO_TERMS, len: s.len, speakers: NO_TERMS, slen: s.slen })
        index.totalLength += s.len
        index.totalSpeakersLength += s.slen
        return { id: docId, article: id, paragraph: p.n, text: p.text, speakers: speakers[i] ?? '', ...s }
      })
      index.byArticle.set(id, list)
      docs += list.length
    }
    index.nextOrdinal = saved.nextOrdinal
    index.sdf = new Map(saved.sdf)
    if (index.byArticle.size !== articles.length || docs !== index.search.documentCount)
      throw new Error('the saved index does not cover the articles')
    return index
  }
}

/** Paragraph id → what MiniSearch stored for it, from a saved index. */
function storedById(saved: AsPlainObject): Map<string, Stored> {
  const out = new Map<string, Stored>()
  for (const [short, fields] of Object.entries(saved.storedFields)) {
    const id = saved.documentIds[short]
    const s = fields as Partial<Stored> | undefined
    if (typeof id === 'string' && typeof s?.ord === 'number' && typeof s.len === 'number')
      out.set(id, {
        ord: s.ord,
        len: s.len,
        rep: typeof s.rep === 'string' ? s.rep : '',
        slen: typeof s.slen === 'number' ? s.slen : 0,
        srep: typeof s.srep === 'string' ? s.srep : '',
      })
  }
  return out
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555)
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333)
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24
}

/** The index of a whole story. */
export function buildIndex(articles: readonly Article[], quotes: readonly Quote[]): StoryIndex {
  const index = new StoryIndex()
  const byArticle = new Map<string, Quote[]>()
  for (const q of quotes) {
    const list = byArticle.get(q.article)
    if (list) list.push(q)
    else byArticle.set(q.article, [q])
  }
  for (const a of articles) index.setArticle(a, byArticle.get(a.id) ?? [])
  return index
}
