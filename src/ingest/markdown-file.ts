/**
 * A draft as a corpus file (docs/CONTRACT.md): YAML front matter (title, source, published, url, byline, added_by,
 * added_at), then the paragraphs separated by blank lines, subheadings as "## " lines.
 */
import { stringify } from 'yaml'
import type { ArticleDraft } from './draft.js'
import type { ArticleBlock } from './extract-article.js'

export type FileExtras = { addedBy?: string | null; addedAt: Date }

/** Seconds precision in UTC: `2026-02-20T15:02:11Z`. */
export const isoSeconds = (at: Date): string => `${at.toISOString().slice(0, 19)}Z`

export function renderArticleFile(draft: ArticleDraft & { published: string }, extras: FileExtras): string {
  const front: Record<string, string> = { title: draft.title, source: draft.source, published: draft.published }
  if (draft.url) front.url = draft.url
  if (draft.byline) front.byline = draft.byline
  if (extras.addedBy) front.added_by = extras.addedBy
  front.added_at = isoSeconds(extras.addedAt)
  const yaml = stringify(front, { lineWidth: 0 }).trimEnd()
  return `---\n${yaml}\n---\n${renderBody(draft.blocks)}\n`
}

/** The body of a corpus file: paragraphs separated by blank lines, subheadings as "## " lines. */
export const renderBody = (blocks: readonly ArticleBlock[]): string =>
  blocks.map((b) => (b.kind === 'heading' ? `## ${b.text}` : b.text)).join('\n\n')
