/**
 * An Answer as a Slack message: the answer first (the words, who said them, when), then the numbered sources with
 * their passages, then the buttons. Pure: escaping and limits happen here, Slack calls elsewhere.
 */
import type { Answer, AnswerBody, Citation } from '../answer/types.js'
import {
  type BlockMessage,
  button,
  context,
  divider,
  fallback,
  formatDate,
  type KnownBlock,
  section,
} from './common-blocks.js'
import { escapeText, excerpt, LIMITS, link, mentionUser, safeText, safeUrl, truncate } from './mrkdwn.js'
import { PASSAGE_MAX, QUESTION_MAX } from './passage-length.js'
import { truncateQuoted } from './quote-words.js'

export type AnswerView = {
  answer: Answer
  /** The question as the person typed it (plain text; escaped here). */
  question: string
  /** The slash command, for the hints (e.g. `/iran-talks`). */
  command: string
  /** Slack user id of who asked, when the answer is posted for others to see. */
  askedBy?: string
  /** How they asked, when it is worth telling the channel (e.g. `/iran-talks` for a shared answer). */
  askedWith?: string
  /** A Share in channel button carrying this value (already within the action-value limit). */
  share?: { actionId: string; value: string }
  /** How many sources to show in full (default 5); the rest are counted. */
  maxSources?: number
}

const SUBCOMMAND = /^(who|sources|timeline|help)\b(:.*)?$/i

const DEFAULT_SUGGESTIONS = [
  'What did Araghchi say about the missile programme?',
  'Where were the talks held?',
  'What did Trump say about the talks?',
]

export function answerBlocks(view: AnswerView): BlockMessage {
  const body = view.answer.answer
  return body && view.answer.citations.length > 0 ? answered(view, body) : unanswered(view)
}

function answered(view: AnswerView, body: AnswerBody): BlockMessage {
  const citations = view.answer.citations
  const first = citations[0]
  const maxSources = Math.max(1, view.maxSources ?? 5)
  const shown = citations.slice(0, maxSources)
  const blocks: KnownBlock[] = []

  // "who said …" is answered with the name first
  const nameFirst = view.answer.shape === 'who-said' && body.speaker !== null
  const attribution = attributionLine(body, first, !nameFirst)
  const lead = nameFirst ? `${speakerLine(body)}:\n` : ''
  const words = truncateQuoted(
    escapeText(oneLine(body.text)),
    LIMITS.sectionText - attribution.length - lead.length - 12,
  )
  blocks.push(section(`${lead}${quoteLines(words)}${attribution ? `\n${attribution}` : ''}`))
  blocks.push(divider())
  blocks.push(section(shown.length > 1 ? '*Sources*' : '*Source*'))
  shown.forEach((c, i) => {
    blocks.push(section(citationText(c, i + 1, i === 0 ? body.text : null)))
  })
  if (citations.length > shown.length) {
    const more = citations.length - shown.length
    blocks.push(context(`…and ${more} more source${more === 1 ? '' : 's'}.`))
  }
  if (view.share)
    blocks.push({
      type: 'actions',
      elements: [button(view.share.actionId, 'Share in channel', view.share.value, 'primary')],
    })
  blocks.push(context(askedLine(view)))

  const who = body.speaker ? `${escapeText(body.speaker)}: ` : ''
  const cite = first ? ` (${escapeText(first.source)}, ${formatDate(body.date ?? first.published)})` : ''
  return { text: fallback(`${who}${escapeText(oneLine(body.text))}${cite}`), blocks }
}

function unanswered(view: AnswerView): BlockMessage {
  const blocks: KnownBlock[] = []
  const refused = view.answer.refused
  const unquoted = view.answer.unquoted
  const notQuotedOn = view.answer.notQuotedOn
  blocks.push(
    section(
      refused
        ? `:warning: ${safeText(refused, 1000)}`
        : unquoted
          ? `:mag: *Nobody called “${safeText(unquoted, 200)}” is quoted in the coverage.* Every answer here is quoted from the collected articles.`
          : notQuotedOn
            ? `:mag: *${safeText(notQuotedOn, 200)} is quoted in the coverage, but not on this.* \`${view.command} who ${safeText(notQuotedOn, 200)}\` lists what they said.`
            : ":mag: *The coverage doesn't answer that.* Every answer here is quoted from the collected articles, and none of them says it.",
    ),
  )
  const c = view.command
  const all = view.answer.suggestions?.length ? view.answer.suggestions : DEFAULT_SUGGESTIONS
  // The core may suggest subcommands ("who: everyone quoted"): shown as commands to type.
  const browse: string[] = []
  const questions: string[] = []
  for (const s of all.slice(0, 10)) {
    const sub = SUBCOMMAND.exec(oneLine(s))
    if (sub) browse.push(`\`${c} ${sub[1]?.toLowerCase()}\`${safeText(sub[2] ?? '', 200)}`)
    else questions.push(`• ${safeText(oneLine(s), 300)}`)
  }
  if (questions.length) blocks.push(section(`*It can answer questions like:*\n${questions.join('\n')}`))
  blocks.push(
    context(
      browse.length
        ? `Or browse: ${browse.join(' · ')}`
        : `Or browse: \`${c} who\` (who is quoted) · \`${c} sources\` (the articles) · \`${c} timeline\` (dated events) · \`${c} help\``,
    ),
  )
  blocks.push(context(askedLine(view)))
  return {
    text: fallback(
      refused
        ? escapeText(refused)
        : unquoted
          ? `Nobody called “${escapeText(unquoted)}” is quoted in the coverage.`
          : notQuotedOn
            ? `${escapeText(notQuotedOn)} is quoted in the coverage, but not on this.`
            : "The coverage doesn't answer that question.",
    ),
    blocks,
  }
}

/** `*Abbas Araghchi*, Iran's foreign minister` */
const speakerLine = (body: AnswerBody): string =>
  `*${safeText(body.speaker ?? '', 200)}*${body.role ? `, ${safeText(body.role, 200)}` : ''}`

/** `— *Abbas Araghchi*, Iran's foreign minister · 7 Feb 2026` (without the name when it is shown first) */
function attributionLine(body: AnswerBody, first: Citation | undefined, withName = true): string {
  const parts: string[] = []
  if (body.speaker && withName) parts.push(speakerLine(body))
  const date = body.date ?? null
  if (date) parts.push(body.dateBasis === 'published' ? `published ${formatDate(date)}` : formatDate(date))
  else if (first) parts.push(`published ${formatDate(first.published)}`)
  return parts.length ? `— ${parts.join(' · ')}` : ''
}

/** `*1.* Al Jazeera — <url|Headline> · 7 Feb 2026 · ¶2` then the passage as a quote, the answering words in bold. */
function citationText(c: Citation, n: number, focus: string | null): string {
  const head = `*${n}.* ${safeText(c.source, 120)} — ${safeUrl(c.url) ? link(c.url, c.title, 250) : `_${safeText(c.title, 250)}_`} · ${formatDate(c.published)} · ¶${c.paragraph}`
  const room = Math.min(PASSAGE_MAX, LIMITS.sectionText - head.length - 4)
  return `${head}\n${quoteLines(passage(c.text, focus, room))}`
}

/** The paragraph escaped and cut around the answering words (bold when they can be marked safely). */
function passage(text: string, focus: string | null, max: number): string {
  const escaped = escapeText(oneLine(text))
  const needle = focus ? escapeText(oneLine(focus)).trim() : ''
  const at = needle ? escaped.indexOf(needle) : -1
  if (at < 0) return truncate(escaped, max)
  const markable = !/[*_~`]/.test(needle) && needle.length + 2 <= max - 2 && needle.length < escaped.length * 0.9
  if (!markable) return excerpt(escaped, at, at + needle.length, max)
  const marked = `${escaped.slice(0, at)}*${needle}*${escaped.slice(at + needle.length)}`
  return excerpt(marked, at, at + needle.length + 2, max)
}

function askedLine(view: AnswerView): string {
  const q = `“${safeText(oneLine(view.question), QUESTION_MAX)}”`
  if (!view.askedBy) return `You asked: ${q}`
  const how = view.askedWith ? ` with \`${escapeText(view.askedWith)}\`` : ''
  return `Asked by ${mentionUser(view.askedBy)}${how}: ${q}`
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim()

/** Blockquote every line (escaped text holds no raw `>`, so only these mark quotes). */
const quoteLines = (mrkdwn: string): string =>
  mrkdwn
    .split('\n')
    .map((l) => `>${l}`)
    .join('\n')
