/**
 * Whose a possessive pronoun in a speaker slot means: in "Why did the internet provider pull the site, according to
 * its spokesman?" the spokesman is the internet provider's, the subject of the question's clause. English puts that
 * subject right after the auxiliary ("did the internet provider pull …"); its noun phrase ends at the verb, the
 * word before an article or a possessive, or before a particle and one ("pull the site", "shut down the site").
 */
import type { SpeakerSlot } from '../search/speaker-slot.js'

const SUBJECT = /\b(?:did|does|do|has|have|had|will|would|could|can|is|was|were|are)\s+(the|an?)\s+/i
const OBJECT_OPENER = /^(?:the|a|an|his|her|its|their|this|that|these|those)$/i
/** The particle of a phrasal verb, between the verb and its object ("shut down the site"). */
const PARTICLE = /^(?:down|up|out|off|in|on|over|back|away)$/i
/** The most words a subject's noun phrase runs to after its article. */
const LONGEST = 4

/**
 * The slot with its possessive pronoun written as the question's subject ("its spokesman" → "the internet
 * provider's spokesman"), or the slot itself when it opens with none or the question has no such subject before it.
 */
export function withPronounOwner(text: string, slot: SpeakerSlot): SpeakerSlot {
  const own = /^(?:its|their)\s+(\S.*)$/i.exec(slot.text)
  if (!own) return slot
  const before = text.slice(0, slot.start)
  const subject = SUBJECT.exec(before)
  if (!subject) return slot
  const words = before.slice(subject.index + subject[0].length).split(/\s+/)
  const phrase: string[] = []
  for (let i = 0; i < words.length && phrase.length <= LONGEST; i++) {
    const word = words[i] ?? ''
    // the verb: the word before its object's article ("pull the", "shut down the"), or a clause's end
    const next = words[i + 1] ?? ''
    const object = OBJECT_OPENER.test(next) || (PARTICLE.test(next) && OBJECT_OPENER.test(words[i + 2] ?? ''))
    if (!/^[\p{L}-]+$/u.test(word) || object) break
    phrase.push(word)
  }
  if (phrase.length === 0 || phrase.length > LONGEST) return slot
  return { ...slot, text: `the ${phrase.join(' ')}'s ${own[1]}` }
}
