/**
 * A Digest as a Slack message: Block Kit within Slack's limits (≤ 50 blocks, ≤ 3,000 characters per section)
 * plus a plain-text fallback for notifications. Everything that came from the corpus is escaped here.
 */
import type { types } from '@slack/bolt'
import { longDay } from '../digest/day.js'
import type { Digest, DigestArticle, DigestCitation, DigestStatement } from '../digest/types.js'
import { type Credit, counts, credits, STORY_TITLE } from './digest-common.js'
import { emptyDayLine } from './digest-text.js'
import { formatShortDate } from './format-date.js'
import { escapeText, LIMITS, safeText, safeUrl, truncate } from './mrkdwn.js'
import { wrapsInMarks } from './quote-words.js'

export type KnownBlock = types.KnownBlock

export type DigestMessage = { text: string; blocks: KnownBlock[] }

export type DigestBlocksOptions = {
  /** A line of mrkdwn shown under the heading (already safe: the caller escapes anything from outside). */
  note?: string
}

/** Longest rendering of one statement, headline or sentence before it is cut with an ellipsis. */
const ITEM_MAX = 900
/** A budget for the whole message, well under what Slack accepts for one message. */
const MESSAGE_MAX = 30_000

/** `<url|label>` when there is a usable link, else the label. `label` must already be escaped. */
const link = (url: string | null, label: string) => {
  const href = safeUrl(url)
  return href ? `<${href}|${label}>` : label
}

const creditText = (list: Credit[]) =>
  list.map((c) => link(c.url, `${escapeText(c.source)} ${c.paragraphs.map((p) => `¶${p}`).join(', ')}`)).join('; ')

/** "Gulf News Week ¶4 · also Al Jazeera ¶2": the report whose words are shown first, then the others. */
function citationText(citations: DigestCitation[]): string {
  const [first, ...also] = credits(citations)
  if (!first) return ''
  return `${creditText([first])}${also.length > 0 ? ` · also ${creditText(also)}` : ''}`
}

const articleLine = (a: DigestArticle) =>
  `• ${link(a.url, `*${safeText(a.title, ITEM_MAX)}*`)} — ${escapeText(a.source)}${a.time ? `, ${a.time}` : ''}`

function statementLine(s: DigestStatement): string {
  const words = safeText(s.text, ITEM_MAX)
  const date = `${s.dateBasis === 'stated' ? 'said ' : ''}${formatShortDate(s.date)}`
  return `• ${wrapsInMarks(s.text, s.kind) ? `“${words}”` : `${words} _(reported)_`}\n      ${citationText(s.citations)} · ${date}`
}

const section = (text: string): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text } })

/**
 * Packs a titled list of lines into as few sections as fit 3,000 characters each; a continued list repeats its
 * title with "(cont.)".
 */
function packSections(title: string, lines: string[]): KnownBlock[] {
  const blocks: KnownBlock[] = []
  let current = title
  let count = 0
  for (const raw of lines) {
    const line = truncate(raw, LIMITS.sectionText - title.length - 20)
    if (count > 0 && current.length + 1 + line.length > LIMITS.sectionText) {
      blocks.push(section(current))
      current = `${title} (cont.)`
      count = 0
    }
    current = `${current}\n${line}`
    count++
  }
  if (count > 0) blocks.push(section(current))
  return blocks
}

const blockChars = (block: KnownBlock) => JSON.stringify(block).length

/** The digest as a Slack message (blocks and fallback text). */
export function renderDigestBlocks(digest: Digest, options: DigestBlocksOptions = {}): DigestMessage {
  const heading: KnownBlock = {
    type: 'header',
    text: { type: 'plain_text', text: truncate(`${STORY_TITLE} · ${longDay(digest.date)}`, LIMITS.headerText) },
  }
  const about = `Coverage published on ${longDay(digest.date)} (${escapeText(digest.timezone)}) · ${counts(digest)}`
  const context: KnownBlock = {
    type: 'context',
    elements: [
      { type: 'mrkdwn', text: about },
      ...(options.note ? [{ type: 'mrkdwn' as const, text: truncate(options.note, LIMITS.sectionText) }] : []),
    ],
  }
  const text = safeText(digest.text, LIMITS.fallbackText)
  if (digest.empty)
    return { text, blocks: [heading, context, section(escapeText(emptyDayLine(digest.date, digest.timezone)))] }

  const body: KnownBlock[] = [...packSections('*Articles*', digest.articles.map(articleLine))]
  for (const g of digest.groups) {
    const who = `*${safeText(g.speaker, 200)}*${g.role ? ` — ${safeText(g.role, 200)}` : ''}`
    body.push(...packSections(who, g.statements.map(statementLine)))
  }
  if (digest.timeline.length > 0)
    body.push(
      ...packSections(
        '*Timeline: events dated by this coverage*',
        digest.timeline.map(
          (e) => `• *${formatShortDate(e.date)}* — ${safeText(e.text, ITEM_MAX)} (${creditText(credits(e.citations))})`,
        ),
      ),
    )

  const blocks: KnownBlock[] = [heading, context]
  let chars = blocks.reduce((n, b) => n + blockChars(b), 0)
  let cut = 0
  for (const block of body) {
    const fits = blocks.length < LIMITS.blocksPerMessage - 1 && chars + blockChars(block) <= MESSAGE_MAX
    if (cut === 0 && fits) {
      blocks.push(block)
      chars += blockChars(block)
    } else cut++
  }
  if (cut > 0)
    blocks.push({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: `${cut} more section${cut === 1 ? '' : 's'} did not fit in one Slack message: run \`iran-talks digest --date ${digest.date} --tz ${escapeText(digest.timezone)}\` for the whole digest.`,
        },
      ],
    })
  return { text, blocks }
}
