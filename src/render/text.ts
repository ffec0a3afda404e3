/** Plain-text renderings for terminals: answers, quotes, the quote book, the timeline, the sources. */
import type { Answer, SourceEntry, TimelineEntry, WhoEntry } from '../answer/types.js'
import type { DateMention, Quote } from '../story/types.js'
import { formatCalendarValue, formatPublished } from './format-date.js'
import { quotedWords } from './quote-words.js'

/** The paragraph with each resolved time expression followed by its date: "on Saturday [Sat 7 Feb 2026]". */
export function annotateDates(text: string, dates: readonly DateMention[]): string {
  let out = ''
  let at = 0
  for (const d of [...dates].sort((a, b) => a.start - b.start)) {
    if (d.start < at || d.end > text.length) continue
    out += `${text.slice(at, d.end)} [${formatCalendarValue(d.value)}]`
    at = d.end
  }
  return out + text.slice(at)
}

const attribution = (speaker: string | null, role: string | null | undefined) =>
  speaker ? `${speaker}${role ? `, ${role}` : ''}` : null

export function renderAnswerText(
  answer: Answer,
  datesOf: (article: string, paragraph: number) => readonly DateMention[],
): string {
  const lines = [`Q: ${answer.question.trim()}`]
  if (!answer.answer) {
    lines.push(
      answer.refused ??
        (answer.unquoted
          ? `Nobody called "${answer.unquoted}" is quoted in the coverage.`
          : 'The coverage does not answer this question.'),
    )
    if (answer.suggestions?.length)
      lines.push('', 'It can answer, for example:', ...answer.suggestions.map((s) => `  - ${s}`))
    return lines.join('\n')
  }
  const a = answer.answer
  // "who said …" is answered with the name first
  const nameFirst = answer.shape === 'who-said' && a.speaker !== null
  lines.push(nameFirst ? `A: ${attribution(a.speaker, a.role)}: ${a.text}` : `A: ${a.text}`)
  const who = nameFirst ? null : attribution(a.speaker, a.role)
  const when = a.date
    ? `${formatCalendarValue(a.date)}${a.dateBasis === 'published' ? ' (date of publication)' : ''}`
    : null
  if (who || when) lines.push(`   — ${[who, when].filter(Boolean).join(', ')}`)
  lines.push('', 'Sources:')
  answer.citations.forEach((c, i) => {
    lines.push(
      `[${i + 1}] ${c.source}, "${c.title}", ${formatPublished(c.published)}, paragraph ${c.paragraph}${c.url ? ` — ${c.url}` : ''}`,
    )
    lines.push(`    ${annotateDates(c.text, datesOf(c.article, c.paragraph))}`)
  })
  return lines.join('\n')
}

export function renderQuoteText(q: Quote): string {
  const words = quotedWords(q.text, q.kind)
  const when = q.said ? ` [${formatCalendarValue(q.said)}]` : ''
  return `${q.speaker ?? '(speaker unknown)'}${when}: ${words}  (${q.source}, ${q.published.slice(0, 10)}, paragraph ${q.paragraph})`
}

export function renderWhoText(list: readonly WhoEntry[]): string {
  if (!list.length) return 'Nobody is quoted in the coverage.'
  return list
    .map((w) => {
      const span = w.first && w.last ? (w.first === w.last ? w.first : `${w.first} to ${w.last}`) : 'undated'
      return `${w.speaker}${w.role ? ` (${w.role})` : ''}: ${w.statements} statement${w.statements === 1 ? '' : 's'}, ${span}`
    })
    .join('\n')
}

export function renderTimelineText(list: readonly TimelineEntry[]): string {
  if (!list.length) return 'No dated events in the coverage.'
  return list
    .map((e) => `${formatCalendarValue(e.date)}  ${e.text}  (${e.source}, paragraph ${e.paragraph})`)
    .join('\n')
}

export function renderSourcesText(list: readonly SourceEntry[]): string {
  return list
    .map(
      (s) =>
        `${formatPublished(s.published)}  ${s.source}: "${s.title}" (${s.paragraphs} paragraphs)${s.url ? `\n    ${s.url}` : ''}`,
    )
    .join('\n')
}
