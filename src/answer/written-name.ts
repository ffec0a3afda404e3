/**
 * A name asked in full ("Apple CEO Tim Cook") that finds a quoted person only through a typo in the family name
 * ("Robby Mook") is another person when the coverage writes both the given and the family name as asked: the name is
 * no misspelling but a person the coverage writes about and never quotes ("two guests: Tim Cook, the chief executive
 * of Apple"), and their words are not the other person's.
 */

import type { SpeakerNames } from '../search/speaker-names.js'
import { stemToken, tokenize } from '../search/text-terms.js'
import type { AskedSpeaker } from './asked-speaker.js'
import type { DocumentFrequency } from './relevance.js'

/** The given and family name closing a speaker slot ("Apple CEO Tim Cook": Tim, Cook), if it ends with two names. */
function givenAndFamily(slot: string): [string, string] | null {
  const words = tokenize(slot)
  const family = words.at(-1)
  const given = words.at(-2)
  const name = (w: string | undefined): w is string => w !== undefined && /^\p{Lu}\p{Ll}+$/u.test(w)
  return name(given) && name(family) ? [given, family] : null
}

/**
 * The person asked about, unless no quoted person has the slot's family name as written and the people found share
 * neither of its names, while the coverage writes both: then the one asked about is never quoted.
 */
export function writtenOther(
  slot: string,
  found: AskedSpeaker | null,
  index: DocumentFrequency,
  names: SpeakerNames,
): AskedSpeaker | null {
  if (found?.kind !== 'named') return found
  const parts = givenAndFamily(slot)
  if (!parts) return found
  const lower = parts.map((p) => p.toLowerCase())
  // a family name some quoted person has as written (however the analysis named them) is no typo
  const shares =
    names.match(parts[1])?.how === 'exact' ||
    found.names.some((n) => tokenize(n).some((w) => lower.includes(w.toLowerCase())))
  const written = parts.every((p) => {
    const stem = stemToken(p)
    return stem !== null && index.documentFrequency(stem) > 0
  })
  return !shares && written ? { kind: 'unquoted', name: parts.join(' ') } : found
}
