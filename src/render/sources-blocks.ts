/** The articles the answers come from. Pure. */
import type { SourceEntry } from '../answer/types.js'
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
import { link, safeText, safeUrl } from './mrkdwn.js'

export type SourcesView = { command: string; sources: SourceEntry[]; page?: number }

export const SOURCES_PER_PAGE = 20

export function sourcesBlocks(view: SourcesView): BlockMessage {
  const c = view.command
  if (view.sources.length === 0) {
    const text = 'No article is loaded, so there is nothing to answer from yet.'
    return { text, blocks: [section(`:warning: ${text}`)] }
  }
  const page = paginate(view.sources, view.page ?? 1, SOURCES_PER_PAGE)
  const lines = page.items.map((s, i) => {
    const title = safeUrl(s.url) ? link(s.url, s.title, 250) : `_${safeText(s.title, 250)}_`
    return `*${page.first + i + 1}.* ${safeText(s.source, 120)} — ${title} · ${formatDate(s.published)} · ${s.paragraphs} ¶`
  })
  const n = view.sources.length
  const outlets = new Set(view.sources.map((s) => s.source)).size
  const blocks: KnownBlock[] = [
    section(`*The coverage*: ${n} article${n === 1 ? '' : 's'} from ${outlets} outlet${outlets === 1 ? '' : 's'}`),
    ...packLines(lines),
  ]
  const footer = pageFooter(page, (p) => `${c} sources ${p}`)
  if (footer) blocks.push(context(footer))
  return { text: fallback(`The coverage: ${n} article${n === 1 ? '' : 's'}`), blocks }
}
