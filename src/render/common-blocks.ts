/**
 * Block Kit building blocks shared by the views: every text passes through `truncate` here, so no block a view
 * builds can exceed Slack's limits. Pure: no Slack calls, no clock.
 */
import type { types } from '@slack/bolt'
import { formatShortDate } from './format-date.js'
import { escapeText, LIMITS, truncate } from './mrkdwn.js'

export type KnownBlock = types.KnownBlock
export type SectionBlock = types.SectionBlock
export type ContextBlock = types.ContextBlock
export type ActionsBlock = types.ActionsBlock

/** What every view renders to: blocks, and the plain fallback Slack shows in notifications. */
export type BlockMessage = { text: string; blocks: KnownBlock[] }

/** A section of mrkdwn (already escaped), cut to the section limit. */
export const section = (mrkdwn: string): SectionBlock => ({
  type: 'section',
  text: { type: 'mrkdwn', text: truncate(mrkdwn, LIMITS.sectionText) || ' ' },
})

/** A context block of mrkdwn elements (already escaped); at most 10 elements, each cut to the limit. */
export const context = (...mrkdwn: string[]): ContextBlock => ({
  type: 'context',
  elements: mrkdwn
    .filter((t) => t.length > 0)
    .slice(0, LIMITS.contextElements)
    .map((t) => ({ type: 'mrkdwn' as const, text: truncate(t, LIMITS.contextText) })),
})

export const divider = (): types.DividerBlock => ({ type: 'divider' })

/** A header of fixed, trusted text (plain_text is not parsed, so it must not hold outside text). */
export const header = (text: string): types.HeaderBlock => ({
  type: 'header',
  text: { type: 'plain_text', text: truncate(text, LIMITS.headerText), emoji: true },
})

/** A button; `value` must already fit the action-value limit (it is never cut, since a cut value is a wrong one). */
export function button(actionId: string, text: string, value: string, style?: 'primary' | 'danger'): types.Button {
  if (value.length > LIMITS.actionValue) throw new RangeError(`button value over ${LIMITS.actionValue} characters`)
  return {
    type: 'button',
    action_id: actionId,
    text: { type: 'plain_text', text: truncate(text, LIMITS.buttonText), emoji: true },
    value,
    ...(style ? { style } : {}),
  }
}

/** The notification text for a message: escaped mrkdwn, cut to the fallback limit. */
export const fallback = (mrkdwn: string): string => truncate(mrkdwn.replace(/\s+/g, ' ').trim(), LIMITS.fallbackText)

/**
 * Packs lines (escaped mrkdwn, one item each) into as few sections as possible, each within the section limit.
 * A single line longer than a section is cut.
 */
export function packLines(lines: string[], max: number = LIMITS.sectionText): SectionBlock[] {
  const out: SectionBlock[] = []
  let current = ''
  for (const raw of lines) {
    const line = truncate(raw, max)
    if (current && current.length + 1 + line.length > max) {
      out.push(section(current))
      current = ''
    }
    current = current ? `${current}\n${line}` : line
  }
  if (current) out.push(section(current))
  return out
}

/** Keeps a message within the block limit, whatever a view (or an injected handler) produced. */
export function clampBlocks(blocks: KnownBlock[], note?: string): KnownBlock[] {
  if (blocks.length <= LIMITS.blocksPerMessage) return blocks
  const kept = blocks.slice(0, LIMITS.blocksPerMessage - 1)
  return [...kept, context(note ?? `…and ${blocks.length - kept.length} more blocks not shown.`)]
}

export type Page<T> = { items: T[]; page: number; pages: number; total: number; first: number }

/** One page (1-based, clamped to the range) of `items`. */
export function paginate<T>(items: T[], page: number, perPage: number): Page<T> {
  const pages = Math.max(1, Math.ceil(items.length / perPage))
  const p = Math.min(Math.max(1, Math.floor(page) || 1), pages)
  const first = (p - 1) * perPage
  return { items: items.slice(first, first + perPage), page: p, pages, total: items.length, first }
}

/** "Showing 1–20 of 57 · …and 37 more: `/iran-talks sources 2`" for a page that is not the whole list. */
export function pageFooter(page: Page<unknown>, nextCommand: (page: number) => string): string | null {
  if (page.pages <= 1) return null
  const last = page.first + page.items.length
  const rest = page.total - last
  const next = page.page < page.pages ? ` · …and ${rest} more: \`${nextCommand(page.page + 1)}\`` : ''
  return `Showing ${page.first + 1}–${last} of ${page.total}${next}`
}

/**
 * A date for Slack: `2026-02-07` → `7 Feb 2026`, `2026-02` → `Feb 2026`, `2026-W06` → `week 6 of 2026`; a date-time
 * keeps the calendar date as written. Anything else is shown escaped, as written.
 */
export function formatDate(value: string | null | undefined): string {
  return value ? escapeText(formatShortDate(value)) : ''
}
