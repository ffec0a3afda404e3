/** The analysed story: articles with their paragraphs, and what was said in them, by whom and when. */

export type Paragraph = {
  /** 1-based number within the article (subheadings are not counted). */
  n: number
  text: string
  /** The subheading this paragraph stands under, if any. */
  heading: string | null
}

export type Article = {
  /** The file name without `.md`. */
  id: string
  /** Path of the file it was read from. */
  file: string
  title: string
  source: string
  /** As written in the front matter, normalised: `YYYY-MM-DD` or an ISO date-time with offset. */
  published: string
  /** The publication instant (a bare date is midnight in the story's time zone). */
  publishedAt: Date
  /** The calendar date of publication where it was published: the reference for "on Saturday". */
  localDate: string
  /** True when `published` is a bare date (no time of day). */
  dateOnly: boolean
  url: string | null
  byline: string | null
  summary: string | null
  paragraphs: Paragraph[]
}

/** How precise a resolved date is. */
export type Granularity = 'day' | 'week' | 'month' | 'year'

/** A time expression found in a paragraph, resolved to a calendar value. */
export type DateMention = {
  article: string
  paragraph: number
  /** The expression as written, e.g. "on Saturday", "last month", "in 2024". */
  text: string
  /** YYYY-MM-DD | YYYY-MM | YYYY | YYYY-Www */
  value: string
  granularity: Granularity
  /** Character offsets of `text` in the paragraph. */
  start: number
  end: number
}

export type QuoteKind = 'direct' | 'indirect'

export type Quote = {
  article: string
  paragraph: number
  /** The words quoted or reported, without the quotation marks. */
  text: string
  kind: QuoteKind
  /** Canonical full name or honest description; null when nobody can be named. */
  speaker: string | null
  /** The role the coverage gives the speaker, e.g. "Iran's foreign minister". */
  role: string | null
  /** YYYY-MM-DD | YYYY-MM | YYYY when the text says when; else null. */
  said: string | null
  source: string
  published: string
  /** Character offsets of the quoted words in the paragraph. */
  start: number
  end: number
}

/** Everyone quoted, once, with the name used across all articles. */
export type Speaker = {
  name: string
  role: string | null
  /** Other names the coverage uses for the same person (surname, title + surname, role). */
  aliases: string[]
}

/** A corpus file that could not be read, and why. */
export type CorpusProblem = { file: string; reason: string }

export type Story = {
  articles: Article[]
  quotes: Quote[]
  dates: DateMention[]
  speakers: Speaker[]
}
