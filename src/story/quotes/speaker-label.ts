/**
 * "TAPPER: Do you think ...", "Mark Cuban: I'd consider a bid": a transcript or headline line that opens with the
 * speaker's name and a colon. The name must be a person's: one the article already knows, or a given name and a
 * surname, or a name the article writes with a capital inside its sentences (not "Update:", "Poll:").
 */
import type { ArticleCasing } from './casing.js'
import type { EntityRegistry } from './entities.js'
import { likelyGenderOfGivenName } from './given-names.js'
import { NOT_NAME_WORDS, ORG_WORDS, SPEECH_VERBS } from './lexicon.js'

const LABEL_RE = /^(?:\p{Lu}{2,}\s+[–—-]\s+)?((?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]+):\s+(?=\S)/u

/** The speaker named by a label that opens `text` and where the statement starts; null when there is none. */
export function speakerLabel(
  text: string,
  reg: EntityRegistry,
  casing: ArticleCasing,
): { name: string; start: number } | null {
  const m = LABEL_RE.exec(text)
  if (!m) return null
  const label = (m[1] as string).trim()
  const words = label.split(/\s+/)
  const lower = words.map((w) => w.toLowerCase())
  if (lower.some((w) => ORG_WORDS.has(w) || NOT_NAME_WORDS.has(w) || SPEECH_VERBS.has(w))) return null
  const known = reg.findName(label)
  if (known && !known.described && known.kind === 'person') return { name: known.name, start: m[0].length }
  // a new name: a given name and a surname in ordinary capitals, neither written in lower case ("Read More:"); or,
  // in a headline, a name the article writes with a capital inside its sentences ("Sanders: Endorsements prove ...")
  if (words.some((w) => !/\p{Ll}/u.test(w)) || lower.some((w) => casing.writtenLower(w))) return null
  if (words.length < 2) return casing.capitalisedInside(label) ? { name: label, start: m[0].length } : null
  return likelyGenderOfGivenName(label) !== null || casing.capitalisedInside(words.at(-1) ?? '')
    ? { name: label, start: m[0].length }
    : null
}
