/**
 * "How did X describe / characterize / view Y?" asks for X's words about Y that say what Y is like: a statement
 * that characterizes ("described the atmosphere as “very positive”", "praised the talks as “very good”", "calling the
 * talks “very good”"), even where it names Y otherwise than the question ("the mood in the room").
 */
import type { Understood } from './understand.js'

/** Verbs asking how someone characterized something, right after the person in "how did X VERB Y". */
const ASKS = /^(?:describe|characteri[sz]e|portray|depict|view|see|rate|assess|judge|sum\s+up|call)\b/i

/** A sentence that characterizes: a verb of characterizing and what it says the thing is, "as" or in quotes. */
const CHARACTERIZES =
  /\b(?:describ|characteri[sz]|portray|depict|call|term|label|dub|brand|prais|hail|dismiss)\w*\b[^.;!?]{0,80}?(?:\bas\b|[“"«])/i

/** Whether the question asks how the person it names characterized something. */
export function asksCharacterization(u: Understood): boolean {
  const slot = u.parsed.slot
  if (!slot || !/^how\s+(?:did|does|do|has|have|had|would|will)\b/i.test(u.parsed.text.trim())) return false
  return ASKS.test(u.parsed.text.slice(slot.end).trim())
}

/** Whether a sentence characterizes something (see `CHARACTERIZES`). */
export const characterizes = (sentence: string): boolean => CHARACTERIZES.test(sentence)
