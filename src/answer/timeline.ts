/** The story's dated events in calendar order, each with the sentence that dates it. */
import { periodSortKey } from '../story/calendar-value.js'
import { splitSentences } from '../story/sentences.js'
import type { Story } from '../story/types.js'
import type { TimelineEntry } from './types.js'

export function buildTimeline(story: Story): TimelineEntry[] {
  const articles = new Map(story.articles.map((a) => [a.id, a]))
  const seen = new Set<string>()
  const out: TimelineEntry[] = []
  for (const d of story.dates) {
    const article = articles.get(d.article)
    const paragraph = article?.paragraphs[d.paragraph - 1]
    if (!article || !paragraph) continue
    const sentence = splitSentences(paragraph.text).find((s) => s.start <= d.start && d.end <= s.end)
    const text = sentence?.text ?? paragraph.text
    const key = `${d.value}|${d.article}|${text}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push({
      date: d.value,
      text,
      article: d.article,
      paragraph: d.paragraph,
      expression: d.text,
      source: article.source,
    })
  }
  return out.sort(
    (a, b) =>
      periodSortKey(a.date).localeCompare(periodSortKey(b.date)) ||
      a.article.localeCompare(b.article) ||
      a.paragraph - b.paragraph,
  )
}
