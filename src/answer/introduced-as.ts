/**
 * The people the coverage introduces by a description without naming them, then quotes by name: "That's a claim
 * B.C.'s premier didn't buy." followed by "“I care not about the technology,” John Horgan told reporters." A
 * description written in a paragraph is of the person quoted there or in the next paragraph.
 */
import { paragraphId, splitId } from '../search/paragraph-docs.js'
import type { StoryIndex } from '../search/story-index.js'
import { stemToken, tokenSpans } from '../search/text-terms.js'
import { escapePattern } from '../story/escape-pattern.js'
import type { StoryLookup } from './story-lookup.js'

/** The most paragraphs holding a description's head that are read for its other words. */
const READ = 400

/**
 * The speakers quoted in a paragraph, or the one after it, that writes the description: one of the written forms of
 * its qualifier ("B.C.", "British Columbia") right before one of its head stems ("B.C.'s premier", "the B.C. NDP
 * premier") or after it and "of" ("the premier of British Columbia").
 */
export function introducedAs(
  lookup: StoryLookup,
  index: StoryIndex,
  heads: readonly string[],
  written: readonly string[],
): string[] {
  if (!heads.length || !written.length) return []
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${written.map(escapePattern).join('|')})(?![\\p{L}\\p{N}])`, 'gu')
  const speakers = new Set<string>()
  const seen = new Set<string>()
  for (const head of heads)
    for (const id of index.paragraphsWith(head, READ)) {
      if (seen.has(id)) continue
      seen.add(id)
      const [article, n] = splitId(id)
      if (id !== paragraphId(article, n) || !writes(lookup.paragraph(article, n)?.text ?? '', pattern, heads)) continue
      for (const p of [n, n + 1])
        for (const q of lookup.quotes(article, p)) if (q.speaker && /^\p{Lu}/u.test(q.speaker)) speakers.add(q.speaker)
    }
  return [...speakers]
}

/** The most words between a qualifier and the head it qualifies ("B.C.'s NDP premier"). */
const BETWEEN = 2

/** Whether a text writes a qualifier (matched by `pattern`) with a head stem right after it, or "HEAD of" before it. */
function writes(text: string, pattern: RegExp, heads: readonly string[]): boolean {
  const isHead = (t: { token: string } | undefined) => t !== undefined && heads.includes(stemToken(t.token) ?? '')
  for (const m of text.matchAll(pattern)) {
    const after = tokenSpans(text.slice(m.index + m[0].length)).filter((t) => !/^['’]?s$/.test(t.token))
    // the words between are the description's, not another title's ("Polish Foreign Minister" is no defense minister)
    const head = after.slice(0, BETWEEN + 1).findIndex(isHead)
    if (head >= 0 && after.slice(0, head + 1).every((t) => /^(?:\p{Ll}+|\p{Lu}{2,5})$/u.test(t.token))) return true
    const before = tokenSpans(text.slice(0, m.index)).slice(-3)
    const of = before.findIndex((t) => /^of$/i.test(t.token))
    if (of > 0 && isHead(before[of - 1])) return true
  }
  return false
}
