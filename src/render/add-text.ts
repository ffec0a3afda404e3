/** Plain-text renderings of adding an article, for terminals. */
import type { AddResult } from '../ingest/add-article.js'
import type { DraftStatement } from '../ingest/statements.js'
import { formatPublished } from './format-date.js'

/** "Leila Farahani (3), Daniel Reyes (1)": who is quoted, most statements first. */
export function speakerTally(statements: readonly DraftStatement[]): { speaker: string; count: number }[] {
  const counts = new Map<string, number>()
  for (const s of statements) if (s.speaker) counts.set(s.speaker, (counts.get(s.speaker) ?? 0) + 1)
  return [...counts]
    .map(([speaker, count]) => ({ speaker, count }))
    .sort((a, b) => b.count - a.count || a.speaker.localeCompare(b.speaker))
}

export function renderAddText(result: AddResult, statements: readonly DraftStatement[] = []): string {
  const about = [
    `  "${result.title}" — ${result.source}, ${formatPublished(result.published)}`,
    ...(result.url ? [`  ${result.url}`] : []),
  ]
  if (result.duplicate)
    return [
      `Already in the story: ${result.file} (${result.matched === 'text' ? 'the same text' : 'the same link'})`,
      ...about,
      'Nothing was written.',
    ].join('\n')
  const speakers = speakerTally(statements)
  return [
    `Added ${result.file}`,
    ...about,
    `  ${result.paragraphs} paragraph${result.paragraphs === 1 ? '' : 's'}`,
    ...(speakers.length
      ? [`  Quoted: ${speakers.map((s) => `${s.speaker} (${s.count})`).join(', ')}`]
      : ['  No quoted statements found.']),
  ].join('\n')
}
