/** Small hand-made stories for core tests: articles from plain paragraphs, quotes and dates stated explicitly. */
import type { Article, DateMention, Quote, Speaker, Story } from '../../src/story/types.js'

export function article(id: string, paragraphs: string[], extra: Partial<Article> = {}): Article {
  const localDate = extra.localDate ?? '2026-02-07'
  return {
    id,
    file: `corpus/${id}.md`,
    title: `Title of ${id}`,
    source: `Outlet ${id}`,
    published: localDate,
    publishedAt: new Date(`${localDate}T00:00:00Z`),
    localDate,
    dateOnly: true,
    url: null,
    byline: null,
    summary: null,
    paragraphs: paragraphs.map((text, i) => ({ n: i + 1, text, heading: null })),
    ...extra,
  }
}

/** A quote of the words `words` as they stand in the paragraph (offsets found in the text). */
export function quote(
  a: Article,
  paragraph: number,
  words: string,
  speaker: string | null,
  extra: Partial<Quote> = {},
): Quote {
  const text = a.paragraphs[paragraph - 1]?.text ?? ''
  const start = text.indexOf(words)
  if (start < 0) throw new Error(`"${words}" is not in paragraph ${paragraph} of ${a.id}`)
  return {
    article: a.id,
    paragraph,
    text: words,
    kind: 'direct',
    speaker,
    role: null,
    said: null,
    source: a.source,
    published: a.published,
    start,
    end: start + words.length,
    ...extra,
  }
}

export function dateAt(a: Article, paragraph: number, words: string, value: string): DateMention {
  const text = a.paragraphs[paragraph - 1]?.text ?? ''
  const start = text.indexOf(words)
  if (start < 0) throw new Error(`"${words}" is not in paragraph ${paragraph} of ${a.id}`)
  const granularity = /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? 'day'
    : /W/.test(value)
      ? 'week'
      : /^\d{4}-\d{2}$/.test(value)
        ? 'month'
        : 'year'
  return { article: a.id, paragraph, text: words, value, granularity, start, end: start + words.length }
}

export function story(
  articles: Article[],
  quotes: Quote[] = [],
  dates: DateMention[] = [],
  speakers: Speaker[] = [],
): Story {
  const named = speakers.length
    ? speakers
    : [...new Set(quotes.map((q) => q.speaker).filter((s): s is string => !!s))].map((name) => ({
        name,
        role: null,
        aliases: [],
      }))
  return { articles, quotes, dates, speakers: named }
}
