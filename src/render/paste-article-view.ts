/**
 * The form to paste an article whose page could not be read (a paywall, a page built by scripts): headline, outlet,
 * date, link and the text. Slack allows 3,000 characters in one text box, so the text has a box and three more for
 * its continuation. When only the date was missing, the form asks for the date alone. Pure.
 */
import type { types } from '@slack/bolt'
import { context, section } from './common-blocks.js'
import { safeText } from './mrkdwn.js'

/** Block ids of the form's inputs (each input's action id is `value`). */
export const PASTE_FIELDS = {
  title: 'title',
  source: 'source',
  published: 'published',
  url: 'url',
  text: ['text_1', 'text_2', 'text_3', 'text_4'],
} as const

/** Slack's limit for one plain-text input. */
export const INPUT_MAX = 3000

export type PasteFormView = {
  callbackId: string
  /** Carried through Slack and back with the submission (at most 3,000 characters). */
  metadata: string
  prefill?: { title?: string | null; source?: string | null; published?: string | null; url?: string | null }
  /** Only the date is asked for; the article (shown, not editable) is already read. */
  dateOnly?: { title: string; source: string } | undefined
}

const plain = (text: string) => ({ type: 'plain_text' as const, text, emoji: true })

function input(
  blockId: string,
  label: string,
  options: {
    initial?: string | null
    multiline?: boolean
    optional?: boolean
    hint?: string
    placeholder?: string
    max?: number
  },
): types.InputBlock {
  const max = options.max ?? INPUT_MAX
  const initial = options.initial?.slice(0, max)
  return {
    type: 'input',
    block_id: blockId,
    label: plain(label),
    optional: options.optional ?? false,
    ...(options.hint ? { hint: plain(options.hint) } : {}),
    element: {
      type: 'plain_text_input',
      action_id: 'value',
      max_length: max,
      multiline: options.multiline ?? false,
      ...(initial ? { initial_value: initial } : {}),
      ...(options.placeholder ? { placeholder: plain(options.placeholder) } : {}),
    },
  }
}

const DATE_HINT = 'As the outlet gives it: 2026-02-09, or with the time and its offset, 2026-02-09T08:15+04:00.'

export function pasteArticleView(view: PasteFormView): types.ModalView {
  const p = view.prefill ?? {}
  const published = input(PASTE_FIELDS.published, 'Publication date', {
    initial: p.published,
    hint: DATE_HINT,
    placeholder: 'YYYY-MM-DD',
    max: 40,
  })
  const blocks: types.KnownBlock[] = view.dateOnly
    ? [section(`*${safeText(view.dateOnly.title, 250)}*\n${safeText(view.dateOnly.source, 150)}`), published]
    : [
        input(PASTE_FIELDS.title, 'Headline', { initial: p.title, max: 300 }),
        input(PASTE_FIELDS.source, 'Outlet', { initial: p.source, hint: 'As a reporter would credit it.', max: 150 }),
        published,
        input(PASTE_FIELDS.url, 'Link', { initial: p.url, optional: true, placeholder: 'https://…' }),
        input(PASTE_FIELDS.text[0], 'Article text', {
          multiline: true,
          hint: 'Paste the paragraphs, one per line, word for word; a line starting with "## " is a subheading. Up to 3,000 characters here; continue below.',
        }),
        ...PASTE_FIELDS.text
          .slice(1)
          .map((id) => input(id, 'Article text, continued', { multiline: true, optional: true })),
        context('The article is added as pasted, with you as the person who added it.'),
      ]
  return {
    type: 'modal',
    callback_id: view.callbackId,
    title: plain(view.dateOnly ? 'Publication date' : 'Add an article'),
    submit: plain('Add'),
    close: plain('Cancel'),
    private_metadata: view.metadata,
    blocks,
  }
}
