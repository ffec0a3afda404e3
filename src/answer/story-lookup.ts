/**
 * Fast access to the story by article and paragraph: its text, quotes and time expressions, the statements of
 * each speaker and the speakers' names. Updated one article at a time (live corpus updates), so a change costs
 * what that article holds, not what the story holds; the story as one object is put together when asked for.
 */
import { SpeakerNames } from '../search/speaker-names.js'
import { insertionPoint } from '../story/insertion-point.js'
import type { Article, DateMention, Paragraph, Quote, Speaker, Story } from '../story/types.js'

const key = (article: string, paragraph: number) => `${article}#${paragraph}`

/** The words of a statement that count when two reports are compared (longer than two letters, lower case). */
export const statementWords = (text: string): Set<string> =>
  new Set((text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 2))

/** A statement with its words, for finding the same statement in another report. */
export type Statement = { quote: Quote; words: ReadonlySet<string> }

/** What the story holds of one article: its dates and its quotes (speakers merged across articles). */
export type ArticleEntry = { article: Article; dates: readonly DateMention[]; quotes: readonly Quote[] }

/** Corpus order: by file name. */
export const byFileName = (a: Article, b: Article): number => {
  const x = a.file.slice(a.file.lastIndexOf('/') + 1)
  const y = b.file.slice(b.file.lastIndexOf('/') + 1)
  return x < y ? -1 : x > y ? 1 : 0
}

export class StoryLookup {
  private readonly entries = new Map<string, ArticleEntry>()
  /** The articles in corpus order. */
  private readonly order: Article[] = []
  private readonly quotesAt = new Map<string, Quote[]>()
  private readonly datesAt = new Map<string, DateMention[]>()
  /** speaker → their statements; built on first use, then kept up to date. */
  private bySpeaker: Map<string, Statement[]> | null = null
  private speakerList: Speaker[]
  private names: SpeakerNames | null = null
  /** The story as one object, put together on first use after a change. */
  private whole: Story | null

  constructor(story: Story) {
    const dates = groupByArticle(story.dates)
    const quotes = groupByArticle(story.quotes)
    for (const article of story.articles) {
      this.order.push(article)
      this.put({ article, dates: dates.get(article.id) ?? [], quotes: quotes.get(article.id) ?? [] })
    }
    this.speakerList = story.speakers
    this.whole = story
  }

  get story(): Story {
    if (!this.whole) {
      const dates: DateMention[] = []
      const quotes: Quote[] = []
      for (const a of this.order) {
        const entry = this.entries.get(a.id)
        if (entry) for (const d of entry.dates) dates.push(d)
        if (entry) for (const q of entry.quotes) quotes.push(q)
      }
      this.whole = { articles: [...this.order], dates, quotes, speakers: this.speakerList }
    }
    return this.whole
  }

  get speakers(): Speaker[] {
    return this.speakerList
  }

  /** The speakers' name parts, to find the speaker a question names. */
  get speakerNames(): SpeakerNames {
    this.names ??= new SpeakerNames(this.speakerList)
    return this.names
  }

  article(id: string): Article | undefined {
    return this.entries.get(id)?.article
  }

  /** An article with its dates and quotes. */
  entry(id: string): ArticleEntry | undefined {
    return this.entries.get(id)
  }

  /** The articles' ids in corpus order. */
  articleIds(): string[] {
    return this.order.map((a) => a.id)
  }

  paragraph(article: string, n: number): Paragraph | undefined {
    return this.entries.get(article)?.article.paragraphs[n - 1]
  }

  quotes(article: string, paragraph: number): readonly Quote[] {
    return this.quotesAt.get(key(article, paragraph)) ?? []
  }

  /** Everything a speaker is quoted saying, with the words of each statement. */
  statementsBy(speaker: string): readonly Statement[] {
    if (!this.bySpeaker) {
      const bySpeaker = new Map<string, Statement[]>()
      for (const a of this.order)
        for (const quote of this.entries.get(a.id)?.quotes ?? [])
          if (quote.speaker) push(bySpeaker, quote.speaker, { quote, words: statementWords(quote.text) })
      this.bySpeaker = bySpeaker
    }
    return this.bySpeaker.get(speaker) ?? []
  }

  dates(article: string, paragraph: number): readonly DateMention[] {
    return this.datesAt.get(key(article, paragraph)) ?? []
  }

  // ---- updates ----

  /** Adds or replaces an article, in corpus order. */
  setArticle(entry: ArticleEntry): void {
    const old = this.entries.get(entry.article.id)
    if (old) {
      this.take(old)
      this.order[this.order.indexOf(old.article)] = entry.article
    } else
      this.order.splice(
        insertionPoint(this.order, (a) => byFileName(a, entry.article) < 0),
        0,
        entry.article,
      )
    this.put(entry)
    this.whole = null
  }

  removeArticle(id: string): void {
    const old = this.entries.get(id)
    if (!old) return
    this.take(old)
    this.order.splice(this.order.indexOf(old.article), 1)
    this.whole = null
  }

  /**
   * The speakers after a change. Those that did not change keep their objects (and their place in the name
   * index); only the others are taken out of it and put in again.
   */
  setSpeakers(speakers: readonly Speaker[]): void {
    const before = new Map(this.speakerList.map((s) => [s.name, s]))
    const list: Speaker[] = []
    for (const s of speakers) {
      const old = before.get(s.name)
      before.delete(s.name)
      if (old && sameSpeaker(old, s)) {
        list.push(old)
        continue
      }
      if (old) this.names?.remove(old)
      this.names?.add(s)
      list.push(s)
    }
    for (const gone of before.values()) this.names?.remove(gone)
    this.speakerList = list
    this.whole = null
  }

  private put(entry: ArticleEntry): void {
    const id = entry.article.id
    this.entries.set(id, entry)
    for (const q of entry.quotes) push(this.quotesAt, key(id, q.paragraph), q)
    for (const d of entry.dates) push(this.datesAt, key(id, d.paragraph), d)
    if (this.bySpeaker) {
      // each speaker's statements stay in corpus order: the article's go in as one block at their place
      const blocks = new Map<string, Statement[]>()
      for (const quote of entry.quotes)
        if (quote.speaker) push(blocks, quote.speaker, { quote, words: statementWords(quote.text) })
      for (const [speaker, block] of blocks) {
        const list = this.bySpeaker.get(speaker)
        if (!list) this.bySpeaker.set(speaker, block)
        else {
          const at = insertionPoint(list, (s) => {
            const other = this.entries.get(s.quote.article)?.article
            return other !== undefined && byFileName(other, entry.article) < 0
          })
          list.splice(at, 0, ...block)
        }
      }
    }
  }

  /** Takes out everything an article put in. */
  private take(entry: ArticleEntry): void {
    const id = entry.article.id
    this.entries.delete(id)
    for (const p of entry.article.paragraphs) {
      this.quotesAt.delete(key(id, p.n))
      this.datesAt.delete(key(id, p.n))
    }
    // quotes and dates of paragraphs the article no longer has (defensive: they are keyed by paragraph)
    for (const q of entry.quotes) this.quotesAt.delete(key(id, q.paragraph))
    for (const d of entry.dates) this.datesAt.delete(key(id, d.paragraph))
    if (this.bySpeaker)
      for (const speaker of new Set(entry.quotes.map((q) => q.speaker))) {
        if (speaker === null) continue
        const rest = (this.bySpeaker.get(speaker) ?? []).filter((s) => s.quote.article !== id)
        if (rest.length) this.bySpeaker.set(speaker, rest)
        else this.bySpeaker.delete(speaker)
      }
  }
}

/** Whether two records of one speaker say the same of them: the same role and aliases. */
export const sameSpeaker = (a: Speaker, b: Speaker): boolean =>
  a.role === b.role && a.aliases.length === b.aliases.length && a.aliases.every((x, i) => x === b.aliases[i])

function groupByArticle<T extends { article: string }>(items: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const item of items) push(out, item.article, item)
  return out
}

function push<T>(map: Map<string, T[]>, k: string, v: T): void {
  const list = map.get(k)
  if (list) list.push(v)
  else map.set(k, [v])
}
