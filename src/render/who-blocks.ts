/** The quote book: everyone quoted, or one person's statements newest first, each dated and cited. Pure. */
import type { SourceEntry, WhoEntry } from '../answer/types.js'
import type { Quote } from '../story/types.js'
import {
  type BlockMessage,
  context,
  fallback,
  formatDate,
  type KnownBlock,
  packLines,
  pageFooter,
  paginate,
  section,
} from './common-blocks.js'
import { escapeText, link, safeText } from './mrkdwn.js'
import { wrapsInMarks } from './quote-words.js'

export type WhoListView = { command: string; entries: WhoEntry[]; page?: number }

export type WhoNamedView = {
  command: string
  /** The name as asked (plain text). */
  name: string
  /** That person's statements, newest first. */
  quotes: Quote[]
  /** The articles, to cite headline and link. */
  sources: SourceEntry[]
  /** Everyone quoted, to suggest names when nobody matches. */
  known?: string[]
  page?: number
}

export const WHO_PER_PAGE = 25
export const QUOTES_PER_PAGE = 10
const QUOTE_MAX = 700

export function whoListBlocks(view: WhoListView): BlockMessage {
  const c = view.command
  if (view.entries.length === 0) {
    const text = 'Nobody is quoted in the coverage yet.'
    return { text, blocks: [section(text), context(`Try \`${c} sources\` to see the articles.`)] }
  }
  const page = paginate(view.entries, view.page ?? 1, WHO_PER_PAGE)
  const lines = page.items.map((e) => {
    const role = e.role ? `, ${safeText(e.role, 200)}` : ''
    const n = `${e.statements} statement${e.statements === 1 ? '' : 's'}`
    const span = dateSpan(e.first, e.last)
    return `• *${safeText(e.speaker, 150)}*${role}: ${n}${span ? `, ${span}` : ''}`
  })
  const blocks: KnownBlock[] = [section(`*Who is quoted* (${view.entries.length})`), ...packLines(lines)]
  const footer = pageFooter(page, (p) => `${c} who ${p}`)
  blocks.push(context(...(footer ? [footer] : []), `See one person's statements: \`${c} who NAME\``))
  return { text: fallback(`Who is quoted: ${view.entries.map((e) => escapeText(e.speaker)).join(', ')}`), blocks }
}

export function whoNamedBlocks(view: WhoNamedView): BlockMessage {
  const c = view.command
  const asked = safeText(view.name, 150)
  if (view.quotes.length === 0) {
    const known = (view.known ?? []).slice(0, 15).map((n) => safeText(n, 80))
    const text = `Nobody called “${asked}” is quoted in the coverage.`
    return {
      text,
      blocks: [
        section(text),
        context(
          known.length ? `Quoted: ${known.join(', ')}. See \`${c} who\`.` : `See \`${c} who\` for everyone quoted.`,
        ),
      ],
    }
  }
  const speakers = new Set(view.quotes.map((q) => q.speaker ?? ''))
  const only = speakers.size === 1 ? view.quotes[0]?.speaker : null
  const title = only ? safeText(only, 150) : `“${asked}”`
  const byId = new Map(view.sources.map((s) => [s.article, s]))
  const page = paginate(view.quotes, view.page ?? 1, QUOTES_PER_PAGE)
  const lines = page.items.map((q, i) => quoteLine(q, page.first + i + 1, byId.get(q.article), !only))
  const blocks: KnownBlock[] = [
    section(`*Statements by ${title}*, newest first (${view.quotes.length})`),
    ...packLines(lines),
  ]
  const footer = pageFooter(page, (p) => `${c} who ${view.name.replace(/\s+/g, ' ').trim()} ${p}`)
  if (footer) blocks.push(context(escapeText(footer)))
  const first = view.quotes[0]
  return {
    text: fallback(
      `${only ? escapeText(only) : asked}: ${view.quotes.length} statement${view.quotes.length === 1 ? '' : 's'}${first ? `, latest: “${escapeText(first.text)}”` : ''}`,
    ),
    blocks,
  }
}

/** `*3.* “never negotiable” — said 7 Feb 2026 · Al Jazeera, <url|Headline>, ¶2` */
function quoteLine(q: Quote, n: number, source: SourceEntry | undefined, withSpeaker: boolean): string {
  const words = safeText(q.text.replace(/\s+/g, ' ').trim(), QUOTE_MAX)
  const said = wrapsInMarks(q.text, q.kind) ? `“${words}”` : `_(reported)_ ${words}`
  const who = withSpeaker ? `*${safeText(q.speaker ?? 'unattributed', 120)}*: ` : ''
  const when = q.said ? `said ${formatDate(q.said)}` : `published ${formatDate(q.published)}`
  const title = source ? `, ${link(source.url, source.title, 90)}` : ''
  return `*${n}.* ${who}${said} — ${when} · ${safeText(q.source, 120)}${title}, ¶${q.paragraph}`
}

function dateSpan(first: string | null, last: string | null): string {
  if (!first && !last) return ''
  if (!first || !last || first === last) return formatDate(first ?? last)
  return `${formatDate(first)} – ${formatDate(last)}`
}
