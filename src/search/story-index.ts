/**
 * The MiniSearch index over the story's paragraphs, with the speakers quoted in each, plus the document
 * frequencies the answer step needs to tell a strong match from a weak one. Articles can be added, replaced and
 * removed one at a time (live corpus updates) without rebuilding.
 */
import MiniSearch, { type SearchResult } from 'minisearch'
import type { Article, Quote } from '../story/types.js'
import { indexTerms, stemToken, tokenize } from './text-terms.js'

export type ParagraphDoc = {
  id: string
  article: string
  paragraph: number
  text: string
  /** Names and roles of everyone quoted in the paragraph. */
  speakers: string
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

const SYNONYM_WEIGHT = 0.35

export const MINISEARCH_OPTIONS = {
  fields: ['text', 'speakers'],
  storeFields: [],
  tokenize,
  processTerm: indexTerms,
  searchOptions: {
    boost: { text: 1, speakers: 1.5 },
    tokenize: (s: string) => [s],
    processTerm: (term: string) => term,
    fuzzy: (term: string) => (term.startsWith('~') || term.length < 5 || /^\d/.test(term) ? false : 0.2),
    maxFuzzy: 2,
    prefix: false,
    boostTerm: (term: string) => (term.startsWith('~') ? SYNONYM_WEIGHT : 1),
  },
}

export const paragraphId = (article: string, paragraph: number): string => `${article}#${paragraph}`

export class StoryIndex {
  readonly search: MiniSearch<ParagraphDoc>
  /** stem → number of paragraphs containing it. */
  private readonly df = new Map<string, number>()
  /** article id → the ids of its paragraph documents (for removal). */
  private readonly byArticle = new Map<string, ParagraphDoc[]>()

  constructor(search?: MiniSearch<ParagraphDoc>) {
    this.search = search ?? new MiniSearch<ParagraphDoc>(MINISEARCH_OPTIONS)
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
    const docs = paragraphDocs(article, quotes)
    this.search.addAll(docs)
    this.byArticle.set(article.id, docs)
    for (const doc of docs) for (const stem of docStems(doc)) this.df.set(stem, (this.df.get(stem) ?? 0) + 1)
  }

  removeArticle(id: string): void {
    const docs = this.byArticle.get(id)
    if (!docs) return
    for (const doc of docs) {
      this.search.discard(doc.id)
      for (const stem of docStems(doc)) {
        const n = (this.df.get(stem) ?? 1) - 1
        if (n > 0) this.df.set(stem, n)
        else this.df.delete(stem)
      }
    }
    this.byArticle.delete(id)
  }

  /** Ranked paragraphs for the terms; `filter` keeps only the paragraphs it accepts. */
  query(terms: readonly QueryTerm[], filter?: (article: string, paragraph: number) => boolean): Hit[] {
    if (terms.length === 0) return []
    const ownerOf = new Map<string, string>()
    for (const t of terms) {
      ownerOf.set(t.stem, t.stem)
      for (const s of t.synonyms) if (!ownerOf.has(s)) ownerOf.set(s, t.stem)
    }
    const words = [...ownerOf.keys()]
    const results = this.search.search(
      { queries: words, combineWith: 'OR' },
      filter ? { filter: (r: SearchResult) => this.accepts(r.id, filter) } : {},
    )
    return results.map((r) => {
      const [article, paragraph] = splitId(String(r.id))
      const matched = new Set<string>()
      const exact = new Set<string>()
      for (const q of r.queryTerms) {
        const owner = ownerOf.get(q)
        if (!owner) continue
        matched.add(owner)
        if (!q.startsWith('~')) exact.add(owner)
      }
      // a synonym group shared by two query terms credits both
      for (const t of terms) if (t.synonyms.some((s) => r.queryTerms.includes(s))) matched.add(t.stem)
      return { id: String(r.id), article, paragraph, score: r.score, matched, exact }
    })
  }

  private accepts(id: unknown, filter: (article: string, paragraph: number) => boolean): boolean {
    const [article, paragraph] = splitId(String(id))
    return filter(article, paragraph)
  }
}

function splitId(id: string): [string, number] {
  const at = id.lastIndexOf('#')
  return [id.slice(0, at), Number(id.slice(at + 1))]
}

function paragraphDocs(article: Article, quotes: readonly Quote[]): ParagraphDoc[] {
  const speakers = new Map<number, Set<string>>()
  for (const q of quotes) {
    if (q.article !== article.id || !q.speaker) continue
    const set = speakers.get(q.paragraph) ?? new Set<string>()
    set.add(q.speaker)
    if (q.role) set.add(q.role)
    speakers.set(q.paragraph, set)
  }
  return article.paragraphs.map((p) => ({
    id: paragraphId(article.id, p.n),
    article: article.id,
    paragraph: p.n,
    text: p.text,
    speakers: [...(speakers.get(p.n) ?? [])].join('; '),
  }))
}

function docStems(doc: ParagraphDoc): Set<string> {
  const out = new Set<string>()
  for (const token of tokenize(doc.text)) {
    const stem = stemToken(token)
    if (stem !== null) out.add(stem)
  }
  return out
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
