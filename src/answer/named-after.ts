/**
 * An organisation a story's lead describes without naming it ("A major Muslim civil rights group says Trump's story
 * could incite violence.") is named in the paragraph after, with the person who speaks for it ("The Council on
 * American-Islamic Relations National Executive Director Nihad Awad says in a statement that …"): news writes the
 * description first and the names second.
 */
import type { StoryLookup } from './story-lookup.js'

/**
 * The named people quoted first in the paragraph right after a statement of an unnamed speaker (a description in
 * lower case: "a major Muslim civil rights group"), where that speaker is not quoted again.
 */
export function namedAfter(lookup: StoryLookup, described: string): string[] {
  if (!/^\p{Ll}/u.test(described)) return []
  const out = new Set<string>()
  for (const { quote } of lookup.statementsBy(described)) {
    const next = lookup.quotes(quote.article, quote.paragraph + 1)
    if (next.some((q) => q.speaker === described)) continue
    const first = next.find((q) => q.speaker !== null)?.speaker
    if (first && /^\p{Lu}/u.test(first)) out.add(first)
  }
  return [...out]
}
