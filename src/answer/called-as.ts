/**
 * "Did X call Y a Z?" asks whether X gave Y that name: a passage answers only if it (or the paragraph before) writes
 * the name's head noun, as written or through a synonym. X's statement on Y in other words ("It is against the law …
 * to transfer terrorist detainees" for "Did Paul Ryan call the closure plan a Chinese menu?") does not say they called
 * it so, nor does X calling something else a name ("what he called 'our arguments this year'").
 */
import { stemToken, tokenSpans } from '../search/text-terms.js'
import type { Understood } from './understand.js'

/** A match of a question's term in a passage (a `PredicateMatch`, without importing predicate.ts, which calls this). */
type TermMatch = { term: string }

/**
 * "Did X call / label / dub … a|an NAME": the name after the last article, up to a preposition or the end ("a
 * Chinese menu", "a liar in the debate"). Not "call for / on / off …", which is no naming.
 */
const DID_CALL =
  /^\s*did\s+.+?\s+(?:call|label|dub|brand)\s+(?!for\b|on\b|off\b|out\b|up\b|in\b|back\b)(?:.+\s)?(?:a|an)\s+([\p{L}'’"“”\s-]+?)(?:\s+(?:in|at|on|during|after|before|over|about|for|to|while|when|as)\b.*)?\s*[?.!]*\s*$/iu

/** The stem of the head noun of the name "Did X call Y a NAME?" asks about, or null for other questions. */
export function calledName(u: Understood): string | null {
  if (u.parsed.shape !== 'yes-no') return null
  const name = DID_CALL.exec(u.parsed.text)?.[1]
  const head = name ? tokenSpans(name).at(-1)?.token : undefined
  const stem = head ? stemToken(head) : null
  return stem && u.terms.some((t) => t.stem === stem) ? stem : null
}

/** Whether the passage writes the name "Did X call Y a NAME?" asks about (true for other questions). */
export function calledAsMet(
  u: Understood,
  matches: readonly TermMatch[],
  before: readonly TermMatch[] | undefined,
): boolean {
  const stem = calledName(u)
  if (stem === null) return true
  return [...matches, ...(before ?? [])].some((m) => m.term === stem)
}
