/**
 * The statements a draft holds and who made them, found by the core's own analysis (the same quote finder and
 * speaker merging that answer questions), for the preview before an article is added.
 */
import { analyzeStory } from '../story/analyze.js'
import { parsePublished, splitParagraphs } from '../story/parse-article.js'
import type { Article } from '../story/types.js'
import type { ArticleDraft } from './draft.js'
import { renderBody } from './markdown-file.js'

export type DraftStatement = { speaker: string | null; text: string; kind: 'direct' | 'indirect'; paragraph: number }

/** A stand-in date for a draft without one: statements do not depend on it, only the dates they mention do. */
const UNDATED = '2000-01-01'

export function draftStatements(draft: ArticleDraft, timezone = 'UTC'): DraftStatement[] {
  const published = draft.published ?? UNDATED
  const when = parsePublished(published, timezone)
  if (typeof when === 'string') return []
  const article: Article = {
    id: 'draft',
    file: 'draft.md',
    title: draft.title,
    source: draft.source,
    published,
    publishedAt: when.at,
    localDate: when.localDate,
    dateOnly: when.dateOnly,
    url: draft.url,
    byline: draft.byline,
    summary: null,
    paragraphs: splitParagraphs(renderBody(draft.blocks)),
  }
  return analyzeStory([article]).quotes.map((q) => ({
    speaker: q.speaker,
    text: q.text,
    kind: q.kind,
    paragraph: q.paragraph,
  }))
}
