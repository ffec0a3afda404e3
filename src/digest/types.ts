/** The daily digest: what one calendar day's coverage said, as promised in the CLI contract (`digest --json`). */
import type { Granularity, Quote, QuoteKind } from '../story/types.js'

/** One article published that day. The first four fields are the contract's; the rest are additions. */
export type DigestArticle = {
  article: string
  title: string
  source: string
  /** As written in the front matter. */
  published: string
  url: string | null
  /** Local time of publication in the digest's zone (HH:mm), or null when the article carries a bare date. */
  time: string | null
}

/** Where one outlet printed a statement or a dated sentence. */
export type DigestCitation = {
  article: string
  paragraph: number
  source: string
  title: string
  url: string | null
  published: string
  /** The words as this outlet printed them, verbatim. */
  text: string
}

/** One statement, reported by one or more outlets (similar words, same speaker → one statement). */
export type DigestStatement = {
  /** Verbatim, from the first citation (the most complete version when outlets differ). */
  text: string
  kind: QuoteKind
  /** YYYY-MM-DD | YYYY-MM | YYYY: when it was said if the text says so, else the digest's day. */
  date: string
  dateBasis: 'stated' | 'published'
  /** Every report of it, the one whose words are shown first. */
  citations: DigestCitation[]
}

/** The statements of one speaker that day. */
export type DigestGroup = {
  speaker: string
  role: string | null
  statements: DigestStatement[]
}

/** An event the day's coverage dated: what the timeline gained. */
export type DigestEvent = {
  /** The resolved date: YYYY-MM-DD | YYYY-MM | YYYY | YYYY-Www. */
  date: string
  granularity: Granularity
  /** The time expression as written, e.g. "on Friday". */
  expression: string
  /** The sentence that dates it, verbatim (from the first citation). */
  text: string
  citations: DigestCitation[]
}

export type Digest = {
  /** The calendar day covered, YYYY-MM-DD. */
  date: string
  /** The IANA zone whose calendar day this is. */
  timezone: string
  articles: DigestArticle[]
  /** Every statement found in the day's articles, in article order (contract field). */
  quotes: Quote[]
  /** The digest as plain text. */
  text: string
  /** True when nothing was published that day. */
  empty: boolean
  /** Key statements grouped by named speaker, busiest speaker first; duplicates across outlets merged. */
  groups: DigestGroup[]
  /** Events dated by the day's coverage, in date order. */
  timeline: DigestEvent[]
}

/** What the digest modules log through: Bolt's logger and `console` both fit. */
export type DigestLogger = {
  debug(...message: unknown[]): void
  info(...message: unknown[]): void
  warn(...message: unknown[]): void
  error(...message: unknown[]): void
}

/** A date, zone or time given to the digest that cannot be used; the message says what is expected. */
export class DigestInputError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'DigestInputError'
  }
}
