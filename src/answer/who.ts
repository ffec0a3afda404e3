/** The quote book: everyone quoted, with their role, how often and when they spoke. */
import type { Story } from '../story/types.js'
import type { WhoEntry } from './types.js'

export function listSpeakers(story: Story): WhoEntry[] {
  const localDate = new Map(story.articles.map((a) => [a.id, a.localDate]))
  const roles = new Map(story.speakers.map((s) => [s.name, s.role]))
  const byName = new Map<string, WhoEntry>()
  for (const q of story.quotes) {
    if (!q.speaker) continue
    const when = q.said ?? localDate.get(q.article) ?? null
    const entry = byName.get(q.speaker) ?? {
      speaker: q.speaker,
      role: roles.get(q.speaker) ?? q.role,
      statements: 0,
      first: when,
      last: when,
    }
    entry.statements++
    if (when && (!entry.first || when < entry.first)) entry.first = when
    if (when && (!entry.last || when > entry.last)) entry.last = when
    entry.role ??= q.role
    byName.set(q.speaker, entry)
  }
  return [...byName.values()].sort((a, b) => b.statements - a.statements || a.speaker.localeCompare(b.speaker))
}
