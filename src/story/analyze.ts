import { findArticleDates } from './dates/index.js'
import { extractQuotes, renamed, SpeakerDirectory, tallySpeakers } from './quotes/index.js'
import type { Article, DateMention, Quote, Story } from './types.js'

/** Bump when the analysis changes what it produces, so cached analyses are rebuilt. */
export const ANALYZER_VERSION = 7

/** What one article contributes to the story, before speakers are merged across articles. */
export type ArticleAnalysis = { article: Article; dates: DateMention[]; quotes: Quote[] }

/** The dates of one article's paragraphs (see `findArticleDates`). */
export function articleDates(article: Article): DateMention[] {
  const found = findArticleDates(
    article.paragraphs.map((p) => p.text),
    { localDate: article.localDate },
  )
  return article.paragraphs.flatMap((p, i) =>
    (found[i] ?? []).map((d) => ({ article: article.id, paragraph: p.n, ...d })),
  )
}

/** Finds the dates and quotes of one article. Pure: depends only on the article. */
export function analyzeArticle(article: Article): ArticleAnalysis {
  const dates = articleDates(article)
  return { article, dates, quotes: extractQuotes(article, dates) }
}

/**
 * Combines per-article analyses into the story, with one name per speaker across articles, merged by `speakers`
 * (a caller that goes on updating the story passes its own directory and keeps it).
 */
export function combineAnalyses(analyses: ArticleAnalysis[], speakers = new SpeakerDirectory()): Story {
  speakers.change(analyses.flatMap((a) => tallySpeakers(a.quotes)))
  return {
    articles: analyses.map((a) => a.article),
    dates: analyses.flatMap((a) => a.dates),
    quotes: analyses.flatMap((a) => a.quotes.map((q) => renamed(q, speakers.names))),
    speakers: speakers.speakers,
  }
}

export const analyzeStory = (articles: Article[]): Story => combineAnalyses(articles.map(analyzeArticle))
