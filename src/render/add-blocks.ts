/**
 * Adding an article in Slack: the private preview (headline, outlet, date, first paragraph, paragraph count, the
 * statements found with their speakers, Add and Cancel), and the replies after it. Pure; every outside text is
 * escaped through mrkdwn.ts and every block kept within Slack's limits.
 */
import type { ArticleBlock } from '../ingest/extract-article.js'
import type { DraftStatement } from '../ingest/statements.js'
import { speakerTally } from './add-text.js'
import {
  type ActionsBlock,
  type BlockMessage,
  button,
  context,
  fallback,
  type KnownBlock,
  packLines,
  section,
} from './common-blocks.js'
import { formatPublished } from './format-date.js'
import { escapeText, link, mentionUser, safeText } from './mrkdwn.js'

/** What the preview shows of a draft. */
export type PreviewArticle = {
  title: string
  source: string
  published: string | null
  url: string | null
  byline: string | null
  blocks: readonly ArticleBlock[]
}

/** The article as it was added, or as the corpus already holds it. */
export type AddedArticle = {
  fileName: string
  title: string
  source: string
  published: string
  url: string | null
  paragraphs: number
}

export type ButtonSpec = { actionId: string; value: string }

const MAX_STATEMENTS = 10
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

const when = (published: string | null) => (published ? escapeText(formatPublished(published)) : null)

/** "*<url|Headline>*\nOutlet · Mon 9 Feb 2026, 08:15 +04:00 · by Byline" */
function heading(a: {
  title: string
  source: string
  published: string | null
  url: string | null
  byline?: string | null
}) {
  const meta = [safeText(a.source, 150), when(a.published), a.byline ? `by ${safeText(a.byline, 150)}` : null]
  return `*${link(a.url, a.title, 250)}*\n${meta.filter(Boolean).join(' · ')}`
}

function statementLines(statements: readonly DraftStatement[]): string[] {
  const lines = statements.slice(0, MAX_STATEMENTS).map((s) => {
    const who = s.speaker ? `*${safeText(s.speaker, 100)}*` : '_unattributed_'
    const words = safeText(s.text, 220)
    return `• ${who}: ${s.kind === 'direct' ? `“${words}”` : words} (¶${s.paragraph})`
  })
  const more = statements.length - MAX_STATEMENTS
  return more > 0 ? [...lines, `…and ${plural(more, 'more statement')}`] : lines
}

export type PreviewView = {
  article: PreviewArticle
  statements: readonly DraftStatement[]
  /** Add (or, without a date, "Add with a date…") and Cancel. */
  add: ButtonSpec
  cancel: ButtonSpec
}

export function addPreviewBlocks(view: PreviewView): BlockMessage {
  const { article, statements } = view
  const paragraphs = article.blocks.filter((b) => b.kind === 'paragraph')
  const speakers = speakerTally(statements)
  const blocks: KnownBlock[] = [section(`*Add this article to the story?*\n${heading(article)}`)]
  if (paragraphs[0]) blocks.push(section(`>${safeText(paragraphs[0].text, 700)}`))
  blocks.push(
    context(
      `${plural(paragraphs.length, 'paragraph')} · ${plural(statements.length, 'statement')} from ${plural(speakers.length, 'speaker')}`,
    ),
  )
  if (statements.length > 0) blocks.push(...packLines(['*Statements found*', ...statementLines(statements)]))
  else blocks.push(context('No quoted or reported statements found.'))
  if (!article.published)
    blocks.push(
      section(
        ':warning: The page gives no publication date (and the time of fetching is not one). Add it with the date it was published.',
      ),
    )
  const actions: ActionsBlock = {
    type: 'actions',
    block_id: 'add_article',
    elements: [
      button(view.add.actionId, article.published ? 'Add' : 'Add with a date…', view.add.value, 'primary'),
      button(view.cancel.actionId, 'Cancel', view.cancel.value),
    ],
  }
  blocks.push(actions)
  return { text: fallback(`Preview: ${safeText(article.title, 300)} (${safeText(article.source, 100)})`), blocks }
}

export type AddedView = {
  article: AddedArticle
  userId: string
  /** Whether the bot already answers from it. */
  served: boolean
  /** A question to try, e.g. `/iran-talks What did Leila Farahani say?` (plain text; escaped here). */
  example?: string | undefined
}

export function addedBlocks(view: AddedView): BlockMessage {
  const a = view.article
  const text =
    `:white_check_mark: Added to the story by ${mentionUser(view.userId)}: *${link(a.url, a.title, 250)}* ` +
    `(${safeText(a.source, 150)}, ${when(a.published)}), ${plural(a.paragraphs, 'paragraph')}, as \`${safeText(a.fileName, 200)}\`.`
  const next = view.served
    ? `You can ask about it now${view.example ? `: \`${safeText(view.example, 300)}\`` : '.'}`
    : 'It can be asked about in a few seconds, once the bot has read it.'
  return { text: fallback(`Added: ${safeText(a.title, 300)}`), blocks: [section(text), context(next)] }
}

export function duplicateBlocks(a: AddedArticle, matched: 'link' | 'text' | undefined): BlockMessage {
  const why = matched === 'text' ? 'the same text' : 'the same link'
  return {
    text: fallback(`Already in the story: ${safeText(a.title, 300)}`),
    blocks: [
      section(
        `:information_source: Already in the story (${why}): *${link(a.url, a.title, 250)}* (${safeText(a.source, 150)}, ${when(a.published)}), in \`${safeText(a.fileName, 200)}\`. Nothing was added.`,
      ),
    ],
  }
}

export type RefusedView = {
  /** The link as given (outside text). */
  link: string | null
  reason: string
  /** A button offering to paste the text instead. */
  paste?: ButtonSpec
}

export function refusedBlocks(view: RefusedView): BlockMessage {
  const what = view.link ? ` ${safeText(view.link, 300)}` : ' that'
  const text = `:x: Could not add${what}: ${safeText(view.reason, 1500)}. Nothing was added.`
  const blocks: KnownBlock[] = [section(text)]
  if (view.paste)
    blocks.push(context('You can paste the article yourself, with its headline, outlet, date and link.'), {
      type: 'actions',
      block_id: 'paste_article',
      elements: [button(view.paste.actionId, 'Paste the text…', view.paste.value, 'primary')],
    })
  return { text: fallback(text), blocks }
}

export const cancelledBlocks = (title: string | null): BlockMessage => {
  const text = title ? `Not added: *${safeText(title, 250)}*.` : 'Not added.'
  return { text: fallback(text), blocks: [section(text)] }
}
