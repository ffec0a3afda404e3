/**
 * "TAPPER: Do you think ...", "Mark Cuban: I'd consider a bid": a transcript or headline line that opens with the
 * speaker's name and a colon. The name must be a person's: one the article already knows, or a given name and a
 * surname, or a name the article writes with a capital inside its sentences (not "Update:", "Poll:"). And the name
 * before a colon inside a paragraph that introduces a quotation ("- Philip Bump: “...”"). A name in capitals the
 * article never writes in ordinary case is a person's when it is a full-name label of the article's transcript.
 */
import type { ArticleCasing } from './casing.js'
import type { EntityRegistry } from './entities.js'
import { likelyGenderOfGivenName } from './given-names.js'
import { NOT_NAME_WORDS, ORG_WORDS, SPEECH_VERBS } from './lexicon.js'
import type { NameMention } from './mentions.js'
import type { Token } from './token.js'

/** (A transcript line may stand in quotation marks: "“Chris Matthews: Seriously, about this. …”".) */
const LABEL_RE = /^["“]?(?:\p{Lu}{2,}\s+[–—-]\s+)?((?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]+):\s+(?=\S)/u

/** The speaker named by a label that opens `text` and where the statement starts; null when there is none. */
export function speakerLabel(
  text: string,
  reg: EntityRegistry,
  casing: ArticleCasing,
  transcript: ReadonlyMap<string, string> = new Map(),
): { name: string; start: number } | null {
  const m = LABEL_RE.exec(text)
  if (!m) return null
  const label = (m[1] as string).trim()
  const words = label.split(/\s+/)
  const lower = words.map((w) => w.toLowerCase())
  if (lower.some((w) => ORG_WORDS.has(w) || NOT_NAME_WORDS.has(w) || SPEECH_VERBS.has(w))) return null
  const known = reg.findName(label)
  if (known && !known.described && known.kind === 'person') return { name: known.name, start: m[0].length }
  // a full-name label of the article's transcript ("JOEL BENENSON:", whose "BENENSON:" opens a later turn)
  const turn = transcript.get(label)
  if (turn) return { name: turn, start: m[0].length }
  // a new name: a given name and a surname in ordinary capitals, neither written in lower case ("Read More:"); or,
  // in a headline, a name the article writes with a capital inside its sentences ("Sanders: Endorsements prove ...")
  if (words.some((w) => !/\p{Ll}/u.test(w)) || lower.some((w) => casing.writtenLower(w))) return null
  if (words.length < 2) return casing.capitalisedInside(label) ? { name: label, start: m[0].length } : null
  return likelyGenderOfGivenName(label) !== null || casing.capitalisedInside(words.at(-1) ?? '')
    ? { name: label, start: m[0].length }
    : null
}

/** Nouns of what someone said, in "Clinton's response was:". */
const SAYING_NOUN_RE = /^(?:response|reply|answer|message|verdict|comment|reaction|retort|explanation|advice)$/

/**
 * The name just before the colon that introduces the quotation at `k` ("Philip Bump: “...”"), or whose saying it
 * is ("Clinton's response was: “...”"); null when the colon follows anything else.
 */
export function namedBeforeColon(toks: Token[], k: number, mentions: readonly NameMention[]): NameMention | null {
  if (toks[k - 1]?.text !== ':') return null
  // ("Rep. Trey Gowdy (R-S.C.):“...”": a party tag between the name and the colon)
  let end = k - 2
  if (toks[end]?.text === ')') {
    while (end > k - 10 && end > 0 && toks[end]?.text !== '(') end--
    end--
  }
  for (const m of mentions) {
    if ((m.b === k - 2 || m.b === end) && !m.possessive) return m
    const noun = toks[m.b + 1]
    const verb = toks[m.b + 2]
    if (
      m.possessive &&
      m.b + 3 === k - 1 &&
      noun &&
      SAYING_NOUN_RE.test(noun.low) &&
      /^(?:was|is)$/.test(verb?.low ?? '')
    )
      return m
  }
  return null
}
