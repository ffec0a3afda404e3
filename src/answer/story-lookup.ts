/** Fast access to the story by article and paragraph: its text, quotes and time expressions. */
import type { Article, DateMention, Paragraph, Quote, Speaker, Story } from '../story/types.js'

const key = (article: string, paragraph: number) => `${article}#${paragraph}`

/** The words of a statement that count when two reports are compared (longer than two letters, lower case). */
export const statementWords = (text: string): Set<string> =>
  new Set((text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 2))

/** A statement with its words, for finding the same statement in another report. */
export type Statement = { quote: Quote; words: ReadonlySet<string> }

export class StoryLookup {
  private readonly articles = new Map<string, Article>()
  private readonly quotesAt = new Map<string, Quote[]>()
  private readonly datesAt = new Map<string, DateMention[]>()
  /** speaker → their statements; built on first use, so rebuilding the lookup after an update stays cheap. */
  private bySpeaker: Map<string, Statement[]> | null = null

  constructor(readonly story: Story) {
    for (const a of story.articles) this.articles.set(a.id, a)
    for (const q of story.quotes) push(this.quotesAt, key(q.article, q.paragraph), q)
    for (const d of story.dates) push(this.datesAt, key(d.article, d.paragraph), d)
  }

  get speakers(): Speaker[] {
    return this.story.speakers
  }

  article(id: string): Article | undefined {
    return this.articles.get(id)
  }

  paragraph(article: string, n: number): Paragraph | undefined {
    return this.articles.get(article)?.paragraphs[n - 1]
  }

  quotes(article: string, paragraph: number): readonly Quote[] {
    return this.quotesAt.get(key(article, paragraph)) ?? []
  }

  /** Everything a speaker is quoted saying, with the words of each statement. */
  statementsBy(speaker: string): readonly Statement[] {
    if (!this.bySpeaker) {
      this.bySpeaker = new Map()
      for (const quote of this.story.quotes)
        if (quote.speaker) push(this.bySpeaker, quote.speaker, { quote, words: statementWords(quote.text) })
    }
    return this.bySpeaker.get(speaker) ?? []
  }

  dates(article: string, paragraph: number): readonly DateMention[] {
    return this.datesAt.get(key(article, paragraph)) ?? []
  }
}

function push<T>(map: Map<string, T[]>, k: string, v: T): void {
  const list = map.get(k)
  if (list) list.push(v)
  else map.set(k, [v])
}
