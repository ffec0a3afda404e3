/** Plain-text renderings for terminals: answers, quotes, the quote book, the timeline, the sources. */
import type { Answer, SourceEntry, TimelineEntry, WhoEntry } from '../answer/types.js'
import type { DateMention, Quote } from '../story/types.js'
import { formatCalendarValue, formatPublished } from './format-date.js'
import { excerpt, LIMITS, truncate } from './mrkdwn.js'
import { PASSAGE_MAX, QUESTION_MAX } from './passage-length.js'
import { quotedWords, truncateQuoted } from './quote-words.js'

/** The paragraph with each resolved time expression followed by its date: "on Saturday [Sat 7 Feb 2026]". */
export function annotateDates(text: string, dates: readonly DateMention[]): string {
  return annotate(text, dates).text
}

/** `annotateDates`, and where each note went in the original text (its offset) and how long it is. */
function annotate(
  text: string,
  dates: readonly DateMention[],
): { text: string; notes: { at: number; length: number }[] } {
  let out = ''
  let at = 0
  const notes: { at: number; length: number }[] = []
  for (const d of [...dates].sort((a, b) => a.start - b.start)) {
    if (d.start < at || d.end > text.length) continue
    const note = ` [${formatCalendarValue(d.value)}]`
    out += `${text.slice(at, d.end)}${note}`
    notes.push({ at: d.end, length: note.length })
    at = d.end
  }
  return { text: out + text.slice(at), notes }
}

/**
 * The cited paragraph with its dates, cut as in Slack: at most PASSAGE_MAX characters, around the answering words
 * (`focus`, when it is in the paragraph), at words, with an ellipsis where it was cut.
 */
function passage(text: string, dates: readonly DateMention[], focus: string | null): string {
  const { text: annotated, notes } = annotate(text, dates)
  if (annotated.length <= PASSAGE_MAX) return annotated
  const at = focus ? text.indexOf(focus) : -1
  if (at < 0 || !focus) return truncate(annotated, PASSAGE_MAX)
  const shift = (i: number) => i + notes.filter((n) => n.at <= i).reduce((sum, n) => sum + n.length, 0)
  return excerpt(annotated, shift(at), shift(at + focus.length), PASSAGE_MAX)
}

/** Longest answer shown (a Slack section holds 3,000 characters, the attribution included). */
const ANSWER_MAX = LIMITS.sectionText - 100

const attribution = (speaker: string | null, role: string | null | undefined) =>
  speaker ? `${speaker}${role ? `, ${role}` : ''}` : null

export function renderAnswerText(
  answer: Answer,
  datesOf: (article: string, paragraph: number) => readonly DateMention[],
): string {
  const lines = [`Q: ${truncate(answer.question.trim().replace(/\s+/g, ' '), QUESTION_MAX)}`]
  if (!answer.answer) {
    lines.push(
      answer.refused ??
        (answer.unquoted
          ? `Nobody called "${answer.unquoted}" is quoted in the coverage.`
          : answer.notQuotedOn
            ? `${answer.notQuotedOn} is quoted in the coverage, but not on this ("who ${answer.notQuotedOn}" lists what they said).`
            : 'The coverage does not answer this question.'),
    )
    if (answer.suggestions?.length)
      lines.push('', 'It can answer, for example:', ...answer.suggestions.map((s) => `  - ${s}`))
    return lines.join('\n')
  }
  const a = answer.answer
  // "who said …" is answered with the name first; an answer cut short closes the quotation marks it opened
  const nameFirst = answer.shape === 'who-said' && a.speaker !== null
  const words = truncateQuoted(a.text, ANSWER_MAX)
  lines.push(nameFirst ? `A: ${attribution(a.speaker, a.role)}: ${words}` : `A: ${words}`)
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
    lines.push(`    ${passage(c.text, datesOf(c.article, c.paragraph), i === 0 ? a.text : null)}`)
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
