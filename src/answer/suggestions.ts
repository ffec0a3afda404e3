/** What the coverage can answer, offered when a question finds nothing. */
import type { Story } from '../story/types.js'

const cache = new WeakMap<Story, Map<number, string[]>>()

export function suggestQuestions(story: Story, limit = 3): string[] {
  const cached = cache.get(story)?.get(limit)
  if (cached) return [...cached]
  const out = computeSuggestions(story, limit)
  cache.set(story, (cache.get(story) ?? new Map()).set(limit, out))
  return [...out]
}

function computeSuggestions(story: Story, limit: number): string[] {
  const counts = new Map<string, number>()
  for (const q of story.quotes)
    if (q.speaker && /^\p{Lu}/u.test(q.speaker)) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1)
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, limit)
  const out = top.map(([name]) => `What did ${name} say?`)
  if (story.quotes.length) out.push('who: everyone quoted in the coverage')
  if (story.dates.length) out.push('timeline: the dated events of the story')
  out.push('sources: the articles the answers come from')
  return out
}
