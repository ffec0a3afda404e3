/** The dated events in order, each with the sentence that dates it and its source. Pure. */
import type { SourceEntry, TimelineEntry } from '../answer/types.js'
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
import { link, safeText } from './mrkdwn.js'

export type TimelineView = { command: string; entries: TimelineEntry[]; sources?: SourceEntry[]; page?: number }

export const TIMELINE_PER_PAGE = 15
const SENTENCE_MAX = 500

export function timelineBlocks(view: TimelineView): BlockMessage {
  const c = view.command
  if (view.entries.length === 0) {
    const text = 'No dated event was found in the coverage.'
    return { text, blocks: [section(text), context(`Try \`${c} sources\` or ask a question.`)] }
  }
  const byId = new Map((view.sources ?? []).map((s) => [s.article, s]))
  const page = paginate(view.entries, view.page ?? 1, TIMELINE_PER_PAGE)
  const lines = page.items.map((e) => {
    const s = byId.get(e.article)
    const cite = s ? `${safeText(e.source, 120)}, ${link(s.url, s.title, 90)}` : safeText(e.source, 120)
    const sentence = safeText(e.text.replace(/\s+/g, ' ').trim(), SENTENCE_MAX)
    return `• *${formatDate(e.date)}*: ${sentence} _(${cite}, ¶${e.paragraph})_`
  })
  const blocks: KnownBlock[] = [section(`*Timeline* (${view.entries.length} dated events)`), ...packLines(lines)]
  const footer = pageFooter(page, (p) => `${c} timeline ${p}`)
  if (footer) blocks.push(context(footer))
  return { text: fallback(`Timeline: ${view.entries.length} dated events`), blocks }
}
