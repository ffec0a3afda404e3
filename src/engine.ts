/**
 * The core's front door for the surfaces (CLI, Slack): one object that holds the analysed story and its index
 * and answers every kind of request. Pure apart from reading the corpus (and, when asked, the on-disk cache).
 *
 * The story can change while the engine runs (live corpus updates): `applyArticle`, `removeArticle` and `update`
 * re-analyse only the articles that changed, merge speakers again from a running tally of who is quoted with
 * which role (not from every quote), and update the index and the lookup in place (MiniSearch discard/add) for
 * the changed articles and for those where a speaker's merged name changed, never rebuilding either.
 */
import { basename } from 'node:path'
import { type AnswerContext, answerQuestion } from './answer/compose.js'
import { SpeakerProfiles } from './answer/speaker-profiles.js'
import { type ArticleEntry, StoryLookup } from './answer/story-lookup.js'
import { buildTimeline } from './answer/timeline.js'
import type { Answer, SourceEntry, TimelineEntry, WhoEntry } from './answer/types.js'
import { listSpeakers } from './answer/who.js'
import { type CacheLogger, cacheFile, fingerprintCorpus, readCache, writeCache } from './cache/story-cache.js'
import { wordNet } from './lexicon/wordnet.js'
import { buildIndex, StoryIndex } from './search/story-index.js'
import { type ArticleAnalysis, analyzeArticle, combineAnalyses } from './story/analyze.js'
import { type AnalyzeOptions, analyzeArticles } from './story/analyze-articles.js'
import { loadCorpus } from './story/load-corpus.js'
import { renamed, SpeakerDirectory, type SpeakerUse, tallySpeakers } from './story/quotes/index.js'
import type { Article, CorpusProblem, DateMention, Quote, Story } from './story/types.js'

export type EngineOptions = {
  corpusDir: string
  timezone: string
  /**
   * The on-disk cache of the analysed story and its index: read when it matches the corpus exactly, written after
   * a full build. A missing, read-only or broken DATA_DIR only costs the cache (a warning), never the start.
   */
  cache?: { dataDir: string; logger?: CacheLogger } | undefined
}

/** What a corpus file contributed: the hash of the content the engine serves for it (see `Engine.fileHashes`). */
export type SourceHashes = Map<string, string>

/** One change to apply: an article (added or changed) read from a file with this content hash, or a removal. */
export type ArticleChange = { article: Article; hash?: string }

/** What `update` did, for logs and the benchmark. */
export type UpdateSummary = {
  added: string[]
  changed: string[]
  removed: string[]
  /** Paragraphs of other articles re-indexed because a speaker's canonical name or role changed. */
  respoken: number
}

/** The engine's state, all of it derived from the corpus: what the cache saves and restores. */
export type EngineState = {
  /** Per-article analyses, speakers as found in each article (before merging across articles). */
  analyses: ArticleAnalysis[]
  story: Story
  index: StoryIndex
  problems: CorpusProblem[]
  sources: SourceHashes
}

export class Engine {
  private readonly lookup: StoryLookup
  /** The speakers' profiles for questions that describe a speaker ("the premier"), kept up to date with the story. */
  private readonly profiles: SpeakerProfiles
  private readonly index: StoryIndex
  /** Each article's own analysis (speakers as found in it), by id. */
  private readonly analyses = new Map<string, ArticleAnalysis>()
  /** Who is quoted with which role across all articles, and the names they merge into. */
  private readonly directory: SpeakerDirectory
  /** Speaker as found → the articles quoting them, with how many quotes. */
  private readonly quotedIn = new Map<string, Map<string, number>>()
  private readonly problemsByFile = new Map<string, string>()
  /** Corpus file name → hash of the content served (see `fileHashes`). */
  private readonly sourceHashes: SourceHashes

  constructor(
    story: Story,
    index?: StoryIndex,
    problems: CorpusProblem[] = [],
    state?: {
      analyses?: ArticleAnalysis[]
      sources?: SourceHashes
      /** The directory that merged the story's speakers (else it is worked out again from the analyses). */
      directory?: SpeakerDirectory
    },
  ) {
    this.index = index ?? buildIndex(story.articles, story.quotes)
    this.lookup = new StoryLookup(story)
    for (const p of problems) this.problemsByFile.set(p.file, p.reason)
    this.sourceHashes = state?.sources ?? new Map()
    const uses: SpeakerUse[] = []
    for (const a of state?.analyses ?? analysesOf(story)) {
      this.analyses.set(a.article.id, a)
      uses.push(...this.count(a, 1))
    }
    this.directory = state?.directory ?? new SpeakerDirectory()
    if (!state?.directory) this.directory.change(uses)
    this.profiles = SpeakerProfiles.of(this.lookup, wordNet())
  }

  /** An engine from a saved state (the cache): nothing is re-analysed or re-indexed. */
  static restore(state: EngineState): Engine {
    return new Engine(state.story, state.index, state.problems, state)
  }

  get story(): Story {
    return this.lookup.story
  }

  /** The search index (for the benchmark's bare MiniSearch baseline and for diagnostics). */
  get searchIndex(): StoryIndex {
    return this.index
  }

  /** Files that could not be read or parsed (a broken update keeps the last good version and is listed here). */
  get problems(): CorpusProblem[] {
    return [...this.problemsByFile].map(([file, reason]) => ({ file, reason }))
  }

  /**
   * Corpus file name → hash of the content the engine serves for it: the good version it serves, or the broken
   * content it could not read (when there is no earlier good version). The cache key is computed from this, so a
   * saved state always describes exactly the files it came from.
   */
  get fileHashes(): ReadonlyMap<string, string> {
    return this.sourceHashes
  }

  /** The complete state, for the cache. */
  state(): EngineState {
    return {
      analyses: this.lookup.articleIds().flatMap((id) => this.analyses.get(id) ?? []),
      story: this.story,
      index: this.index,
      problems: this.problems,
      sources: new Map(this.sourceHashes),
    }
  }

  /** Answers a question from the coverage: verbatim, cited, or null when the coverage does not answer. */
  ask(question: string): Answer {
    return answerQuestion(this.answerContext, question)
  }

  /** What the answer step works from (for fitting and diagnosing the relevance model, `bench/fit-relevance.ts`). */
  get answerContext(): AnswerContext {
    return { lookup: this.lookup, index: this.index, lexicon: wordNet(), profiles: this.profiles }
  }

  /** The resolved time expressions of one paragraph. */
  dates(article: string, paragraph: number): readonly DateMention[] {
    return this.lookup.dates(article, paragraph)
  }

  /** Every statement, optionally of one speaker (matched by any part of the name, ignoring case). */
  quotes(speaker?: string): Quote[] {
    if (!speaker) return this.story.quotes
    const needle = speaker.trim().toLowerCase()
    return this.story.quotes.filter((q) => q.speaker?.toLowerCase().includes(needle))
  }

  /** Everyone quoted, most statements first. */
  who(): WhoEntry[] {
    return listSpeakers(this.story)
  }

  /** One person's statements, newest first. */
  whoNamed(name: string): Quote[] {
    const dated = (q: Quote) => q.said ?? this.lookup.article(q.article)?.localDate ?? ''
    return this.quotes(name)
      .map((q, i) => ({ q, i }))
      .sort((a, b) => dated(b.q).localeCompare(dated(a.q)) || a.i - b.i)
      .map(({ q }) => q)
  }

  sources(): SourceEntry[] {
    return this.story.articles.map((a) => ({
      article: a.id,
      title: a.title,
      source: a.source,
      published: a.published,
      url: a.url,
      paragraphs: a.paragraphs.length,
    }))
  }

  /** Dated events in order, each with the sentence that dates it. */
  timeline(): TimelineEntry[] {
    return buildTimeline(this.story)
  }

  // ---- live updates ----

  hasArticle(id: string): boolean {
    return this.analyses.has(id)
  }

  /** Adds or replaces one article (re-parsed by the caller): re-analyses it alone, then merges speakers again. */
  applyArticle(article: Article, hash?: string): UpdateSummary {
    return this.update([{ article, ...(hash === undefined ? {} : { hash }) }], [])
  }

  /** Removes one article (its file was deleted). */
  removeArticle(id: string): UpdateSummary {
    return this.update([], [id])
  }

  /**
   * Applies a batch of changes at once: each changed article is analysed alone, speakers are merged once from the
   * tally, and the index and lookup are updated in place — the changed articles' paragraphs discarded and added,
   * and other articles' paragraphs re-indexed only where a speaker's merged name changed.
   */
  update(changes: readonly ArticleChange[], removals: readonly string[]): UpdateSummary {
    const summary: UpdateSummary = { added: [], changed: [], removed: [], respoken: 0 }
    /** id → the article's new analysis, or null when it was removed */
    const touched = new Map<string, ArticleAnalysis | null>()
    const uses: SpeakerUse[] = []
    for (const id of removals) {
      const old = this.analyses.get(id)
      if (!old) continue
      this.analyses.delete(id)
      uses.push(...this.count(old, -1))
      this.problemsByFile.delete(old.article.file)
      this.sourceHashes.delete(basename(old.article.file))
      summary.removed.push(id)
      touched.set(id, null)
    }
    for (const { article, hash } of changes) {
      const old = this.analyses.get(article.id)
      const analysis = analyzeArticle(article)
      if (old) uses.push(...this.count(old, -1))
      this.analyses.set(article.id, analysis)
      uses.push(...this.count(analysis, 1))
      this.problemsByFile.delete(article.file)
      // a folder-level problem (unreadable, no articles) is over once an article is read from it
      for (const file of this.problemsByFile.keys()) if (!/\.md$/i.test(file)) this.problemsByFile.delete(file)
      if (hash !== undefined) this.sourceHashes.set(basename(article.file), hash)
      ;(old ? summary.changed : summary.added).push(article.id)
      touched.set(article.id, analysis)
    }
    if (touched.size === 0) return summary

    // articles quoting someone whose merged name changed get their speakers re-indexed
    const renamedIn = new Set<string>()
    for (const found of this.directory.change(uses))
      for (const id of this.quotedIn.get(found)?.keys() ?? []) if (!touched.has(id)) renamedIn.add(id)
    const names = this.directory.names
    for (const [id, analysis] of touched) {
      if (analysis === null) {
        this.index.removeArticle(id)
        this.lookup.removeArticle(id)
        this.profiles.removeArticle(id)
        continue
      }
      const quotes = analysis.quotes.map((q) => renamed(q, names))
      this.index.setArticle(analysis.article, quotes)
      this.setEntry({ article: analysis.article, dates: analysis.dates, quotes })
    }
    for (const id of renamedIn) {
      const analysis = this.analyses.get(id)
      const before = this.lookup.entry(id)
      if (!analysis || !before) continue
      // unchanged quotes keep their objects
      const quotes = analysis.quotes.map((q, i) => {
        const now = renamed(q, names)
        const was = before.quotes[i]
        return was && sameStatement(was, now) ? was : now
      })
      summary.respoken += this.index.updateSpeakers(analysis.article, quotes)
      this.setEntry({ ...before, quotes })
    }
    this.lookup.setSpeakers(this.directory.speakers)
    this.profiles.setSpeakers(this.lookup.speakers)
    return summary
  }

  /** An article's entry in the lookup and the speakers' profiles. */
  private setEntry(entry: ArticleEntry): void {
    this.lookup.setArticle(entry)
    this.profiles.setArticle(entry)
  }

  /**
   * Adds (1) or takes away (-1) an article from the record of which articles quote whom; returns the change it
   * makes to the speaker tally.
   */
  private count(analysis: ArticleAnalysis, sign: 1 | -1): SpeakerUse[] {
    const id = analysis.article.id
    for (const q of analysis.quotes) {
      if (!q.speaker) continue
      const articles = this.quotedIn.get(q.speaker) ?? new Map<string, number>()
      const n = (articles.get(id) ?? 0) + sign
      if (n > 0) articles.set(id, n)
      else articles.delete(id)
      if (articles.size > 0) this.quotedIn.set(q.speaker, articles)
      else this.quotedIn.delete(q.speaker)
    }
    return tallySpeakers(analysis.quotes, sign)
  }

  /**
   * Records that a corpus file could not be read or parsed. The article it held before (if any) stays served;
   * `hash` is recorded only when there is no earlier good version (see `fileHashes`).
   */
  reportProblem(file: string, reason: string, hash?: string): void {
    this.problemsByFile.set(file, reason)
    const id = basename(file).replace(/\.md$/i, '')
    if (hash !== undefined && !this.analyses.has(id)) this.sourceHashes.set(basename(file), hash)
  }

  hasProblem(file: string): boolean {
    return this.problemsByFile.has(file)
  }

  /** Cleans discarded paragraphs out of the index (MiniSearch also does this by itself as they accumulate). */
  async vacuum(): Promise<void> {
    if (this.index.search.dirtCount > 0) await this.index.search.vacuum()
  }

  /** Forgets a file that is gone and held no article (a broken file deleted). */
  forgetFile(file: string): void {
    this.problemsByFile.delete(file)
    const id = basename(file).replace(/\.md$/i, '')
    if (!this.analyses.has(id)) this.sourceHashes.delete(basename(file))
  }
}

/** The same statement with the same speaker and role (merged quotes that did not change). */
const sameStatement = (a: Quote, b: Quote) =>
  a === b ||
  (a.speaker === b.speaker &&
    a.role === b.role &&
    a.article === b.article &&
    a.paragraph === b.paragraph &&
    a.start === b.start &&
    a.end === b.end &&
    a.text === b.text &&
    a.said === b.said &&
    a.kind === b.kind)

function groupBy(quotes: readonly Quote[]): Map<string, Quote[]> {
  const out = new Map<string, Quote[]>()
  for (const q of quotes) {
    const list = out.get(q.article)
    if (list) list.push(q)
    else out.set(q.article, [q])
  }
  return out
}

/** Per-article analyses recovered from a story (when an engine is made from a Story, e.g. in tests). */
function analysesOf(story: Story): ArticleAnalysis[] {
  const dates = new Map<string, DateMention[]>()
  for (const d of story.dates) {
    const list = dates.get(d.article)
    if (list) list.push(d)
    else dates.set(d.article, [d])
  }
  const quotes = groupBy(story.quotes)
  return story.articles.map((article) => ({
    article,
    dates: dates.get(article.id) ?? [],
    quotes: quotes.get(article.id) ?? [],
  }))
}

/** Builds the engine from articles: each analysed alone, speakers merged across all, then the index. */
export function buildEngine(articles: readonly Article[], problems: CorpusProblem[], sources?: SourceHashes): Engine {
  const analyses = articles.map(analyzeArticle)
  return engineFromAnalyses(analyses, problems, sources)
}

/** The engine of per-article analyses (speakers merged here, then indexed). */
export function engineFromAnalyses(
  analyses: ArticleAnalysis[],
  problems: CorpusProblem[],
  sources?: SourceHashes,
): Engine {
  const directory = new SpeakerDirectory()
  const story = combineAnalyses(analyses, directory)
  return new Engine(story, undefined, problems, { analyses, directory, ...(sources ? { sources } : {}) })
}

/**
 * Builds the engine from articles on a cold start, the analysis (on a worker thread, for a large corpus) and the
 * index side by side: each article is indexed with its speakers as found as soon as it is analysed; then speakers
 * are merged across articles and only the paragraphs whose speakers the merge renamed are indexed again. The
 * same engine as `buildEngine`, sooner on two cores.
 */
export async function buildEngineInParallel(
  articles: readonly Article[],
  problems: CorpusProblem[],
  sources?: SourceHashes,
  options: AnalyzeOptions & { onAnalysed?: (worker: boolean) => void } = {},
): Promise<Engine> {
  const index = new StoryIndex()
  const analyses: ArticleAnalysis[] = []
  const take = (batch: ArticleAnalysis[]) => {
    for (const a of batch) {
      index.setArticle(a.article, a.quotes)
      analyses.push(a)
    }
  }
  const { worker } = await analyzeArticles(articles, take, options)
  options.onAnalysed?.(worker)
  const directory = new SpeakerDirectory()
  const story = combineAnalyses(analyses, directory)
  const merged = groupBy(story.quotes)
  for (const a of analyses) {
    const quotes = merged.get(a.article.id) ?? []
    // merging keeps the quote objects it does not rename
    if (quotes.some((q, i) => q !== a.quotes[i])) index.updateSpeakers(a.article, quotes)
  }
  return new Engine(story, index, problems, { analyses, directory, ...(sources ? { sources } : {}) })
}

/**
 * Reads the corpus, analyses it and builds the index — or, with `cache`, restores all of that from DATA_DIR when
 * the saved state was made from exactly these corpus files (names and contents), this time zone and this version
 * of the analyser and index. Broken files come back in `problems`.
 */
export async function openEngine(options: EngineOptions): Promise<Engine> {
  const { corpusDir, timezone, cache } = options
  const before = await fingerprintCorpus(corpusDir)
  const file = cache ? cacheFile(cache.dataDir, corpusDir) : null
  if (cache && file) {
    const state = await readCache(file, { corpusDir, timezone, files: before }, cache.logger)
    if (state) return Engine.restore(state)
  }
  const corpus = await loadCorpus(corpusDir, { timezone })
  const engine = await buildEngineInParallel(corpus.articles, corpus.problems, new Map(before))
  if (cache && file) {
    // only when the files did not change while they were read: the saved state must be exactly theirs
    const after = await fingerprintCorpus(corpusDir)
    // the paragraphs re-indexed after the speaker merge leave discarded entries behind: saved clean, a warm
    // start scores exactly as this one
    await engine.vacuum()
    if (sameHashes(before, after))
      await writeCache(file, { corpusDir, timezone, files: engine.fileHashes }, engine.state(), cache.logger)
    else cache.logger?.warn?.('cache: the corpus changed while it was read; not saved this time')
  }
  return engine
}

function sameHashes(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (a.size !== b.size) return false
  for (const [k, v] of a) if (b.get(k) !== v) return false
  return true
}
