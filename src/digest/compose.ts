/**
 * Story + calendar day + zone → Digest. Pure: no clock, no I/O. A day's digest holds exactly the articles that
 * belong to that day in that zone, their statements and the dates they mention — never another day's.
 */
import { renderDigestText } from '../render/digest-text.js'
import { periodSortKey } from '../story/calendar-value.js'
import { splitSentences } from '../story/sentences.js'
import type { Article, DateMention, Quote, Story } from '../story/types.js'
import { articleDay, checkDayAndZone, localClock } from './day.js'
import { sameWords } from './similar.js'
import type { Digest, DigestArticle, DigestCitation, DigestEvent, DigestGroup, DigestStatement } from './types.js'

/** An article of the day with its position in publication order. */
type Placed = { article: Article; order: number }

/** The digest of `date` (YYYY-MM-DD) in `timezone` (IANA). Throws DigestInputError on a bad date or zone. */
export function composeDigest(story: Story, date: string, timezone: string): Digest {
  const zone = checkDayAndZone(date, timezone)
  const articles = story.articles
    .filter((a) => articleDay(a, zone) === date)
    .sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime() || a.id.localeCompare(b.id))
  const placed = new Map<string, Placed>(articles.map((article, order) => [article.id, { article, order }]))
  const position = (q: { article: string; paragraph: number; start: number }) =>
    [placed.get(q.article)?.order ?? 0, q.paragraph, q.start] as const
  const byPosition = (a: { article: string; paragraph: number; start: number }, b: typeof a) => {
    const [pa, pb] = [position(a), position(b)]
    return pa[0] - pb[0] || pa[1] - pb[1] || pa[2] - pb[2]
  }
  const quotes = story.quotes.filter((q) => placed.has(q.article)).sort(byPosition)
  const mentions = story.dates.filter((d) => placed.has(d.article)).sort(byPosition)

  const body: Omit<Digest, 'text'> = {
    date,
    timezone: zone,
    articles: articles.map((a) => listArticle(a, zone)),
    quotes,
    empty: articles.length === 0,
    groups: groupStatements(quotes, placed, date, story),
    timeline: timelineOf(mentions, placed),
  }
  return { ...body, text: renderDigestText(body) }
}

function listArticle(a: Article, zone: string): DigestArticle {
  return {
    article: a.id,
    title: a.title,
    source: a.source,
    published: a.published,
    url: a.url,
    time: a.dateOnly ? null : localClock(a.publishedAt, zone),
  }
}

function cite(placed: Map<string, Placed>, article: string, paragraph: number, text: string): DigestCitation {
  const a = placed.get(article)?.article
  return {
    article,
    paragraph,
    source: a?.source ?? '',
    title: a?.title ?? '',
    url: a?.url ?? null,
    published: a?.published ?? '',
    text,
  }
}

/** Keeps the first citation of each (article, paragraph). */
function uniqueCitations(citations: DigestCitation[]): DigestCitation[] {
  const seen = new Set<string>()
  return citations.filter((c) => {
    const key = `${c.article}#${c.paragraph}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length

/**
 * Groups the day's attributed statements by speaker and merges reports of the same statement (same speaker,
 * similar words — possibly by different outlets) into one entry that credits every report. The longest version
 * is the one shown; a shorter report joins the first (longest) entry it matches, so a fragment never chains two
 * different statements together. Statements nobody can be named for stay in `quotes` but not in the groups.
 */
function groupStatements(quotes: Quote[], placed: Map<string, Placed>, day: string, story: Story): DigestGroup[] {
  const bySpeaker = new Map<string, Quote[]>()
  for (const q of quotes) {
    if (!q.speaker?.trim()) continue
    const key = q.speaker.trim().toLowerCase()
    const list = bySpeaker.get(key)
    if (list) list.push(q)
    else bySpeaker.set(key, [q])
  }
  const groups: { group: DigestGroup; first: number }[] = []
  for (const [key, said] of bySpeaker) {
    const longestFirst = [...said].sort((a, b) => wordCount(b.text) - wordCount(a.text))
    const entries: Quote[][] = []
    for (const q of longestFirst) {
      const entry = entries.find((members) => members.some((m) => sameWords(m.text, q.text)))
      if (entry) entry.push(q)
      else entries.push([q])
    }
    const statements = entries
      .map((members) => ({ members, first: Math.min(...members.map((m) => said.indexOf(m))) }))
      .sort((a, b) => a.first - b.first)
      .map(({ members }) => toStatement(members, placed, day))
    const first = said[0]
    const speaker = story.speakers.find((s) => s.name.toLowerCase() === key)
    groups.push({
      group: {
        speaker: first?.speaker?.trim() ?? key,
        role: said.find((q) => q.role)?.role ?? speaker?.role ?? null,
        statements,
      },
      first: first ? quotes.indexOf(first) : 0,
    })
  }
  return groups
    .sort((a, b) => b.group.statements.length - a.group.statements.length || a.first - b.first)
    .map((g) => g.group)
}

function toStatement(members: Quote[], placed: Map<string, Placed>, day: string): DigestStatement {
  const [shown, ...others] = members
  const rest = [...others].sort(
    (a, b) =>
      (placed.get(a.article)?.order ?? 0) - (placed.get(b.article)?.order ?? 0) ||
      a.paragraph - b.paragraph ||
      a.start - b.start,
  )
  const ordered = shown ? [shown, ...rest] : rest
  const stated = ordered.find((q) => q.said)?.said ?? null
  return {
    text: shown?.text ?? '',
    kind: shown?.kind ?? 'direct',
    date: stated ?? day,
    dateBasis: stated ? 'stated' : 'published',
    citations: uniqueCitations(ordered.map((q) => cite(placed, q.article, q.paragraph, q.text))),
  }
}

/** The sentence of its paragraph that holds a date mention (the whole paragraph if it cannot be found). */
function sentenceOf(mention: DateMention, placed: Map<string, Placed>): string {
  const paragraph = placed.get(mention.article)?.article.paragraphs.find((p) => p.n === mention.paragraph)
  if (!paragraph) return mention.text
  const sentence = splitSentences(paragraph.text).find((s) => s.start <= mention.start && mention.start < s.end)
  return sentence?.text ?? paragraph.text
}

/** The events the day's coverage dates, one per (date, sentence) — outlets dating the same event are merged. */
function timelineOf(mentions: DateMention[], placed: Map<string, Placed>): DigestEvent[] {
  const events: DigestEvent[] = []
  for (const m of mentions) {
    const text = sentenceOf(m, placed)
    const citation = cite(placed, m.article, m.paragraph, text)
    const same = events.find((e) => e.date === m.value && e.citations.some((c) => sameWords(c.text, text)))
    if (same) same.citations = uniqueCitations([...same.citations, citation])
    else events.push({ date: m.value, granularity: m.granularity, expression: m.text, text, citations: [citation] })
  }
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => periodSortKey(a.event.date).localeCompare(periodSortKey(b.event.date)) || a.index - b.index)
    .map(({ event }) => event)
}
