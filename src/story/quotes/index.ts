import type { Article, DateMention, Quote, Speaker } from '../types.js'

/** Finds the quotations and reported statements of one article, with speakers resolved within it. (Placeholder.) */
export function extractQuotes(_article: Article, _dates: DateMention[]): Quote[] {
  return []
}

/** Gives each person one canonical name across articles and lists everyone quoted. (Placeholder.) */
export function canonicalizeSpeakers(quotes: Quote[]): { quotes: Quote[]; speakers: Speaker[] } {
  return { quotes, speakers: [] }
}
