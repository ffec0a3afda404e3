/** A Digest as plain text for people (the CLI, and the digest's own `text` field). Nothing is escaped: not Slack. */
import { longDay } from '../digest/day.js'
import type { Digest, DigestStatement } from '../digest/types.js'
import { type Credit, counts, credits, STORY_TITLE } from './digest-common.js'
import { formatShortDate } from './format-date.js'
import { wrapsInMarks } from './quote-words.js'

const creditLine = (list: Credit[]) =>
  list.map((c) => `${c.source} ${c.paragraphs.map((p) => `¶${p}`).join(', ')}`).join('; ')

const statementLine = (s: DigestStatement) => {
  const words = wrapsInMarks(s.text, s.kind) ? `“${s.text}”` : `${s.text} (reported)`
  const [first, ...also] = credits(s.citations)
  const credit = first ? `${creditLine([first])}${also.length > 0 ? `; also ${creditLine(also)}` : ''}` : ''
  const date = `${s.dateBasis === 'stated' ? 'said ' : ''}${formatShortDate(s.date)}`
  return `- ${words}\n  ${date} · ${credit}`
}

/** The one line a day without coverage gets. */
export const emptyDayLine = (date: string, timezone: string) =>
  `No new coverage of the ${STORY_TITLE} on ${longDay(date)} (${timezone}).`

/** The digest as plain text: heading, articles, statements by speaker, timeline; one line for an empty day. */
export function renderDigestText(digest: Omit<Digest, 'text'>): string {
  if (digest.empty) return emptyDayLine(digest.date, digest.timezone)
  const lines = [`${STORY_TITLE} — digest for ${longDay(digest.date)} (${digest.timezone})`, counts(digest), '']
  lines.push('ARTICLES')
  for (const a of digest.articles) {
    lines.push(`- ${a.source}${a.time ? `, ${a.time}` : ''}: ${a.title}`)
    if (a.url) lines.push(`  ${a.url}`)
  }
  if (digest.groups.length > 0) {
    lines.push('', 'STATEMENTS')
    for (const g of digest.groups) {
      lines.push(`${g.speaker}${g.role ? ` (${g.role})` : ''}`)
      for (const s of g.statements) lines.push(statementLine(s))
    }
  }
  if (digest.timeline.length > 0) {
    lines.push('', 'TIMELINE')
    for (const e of digest.timeline)
      lines.push(`- ${formatShortDate(e.date)} (“${e.expression}”): ${e.text}  [${creditLine(credits(e.citations))}]`)
  }
  return lines.join('\n')
}
