/**
 * An interview reproduced as a transcript: each turn opens with the speaker's name in capitals and a colon, the full
 * name at the first turn and the surname after it ("JOEL BENENSON: …", then "BENENSON: …"). A label in capitals is a
 * person's when the article names that person in ordinary case, before the transcript or after it, or when it is a
 * full-name label whose surname opens another turn; a section label ("STAT OF THE WEEK:", "BYLINE:", "Q:") is
 * neither, with no list of such labels.
 */

import { escapePattern } from '../escape-pattern.js'
import type { ArticleCasing } from './casing.js'
import { likelyGenderOfGivenName } from './given-names.js'
import { NOT_NAME_WORDS, ORG_WORDS, SPEECH_VERBS } from './lexicon.js'

/** A label in capitals that opens a paragraph: one to three words, the last at least two letters. */
const CAPS_LABEL_RE = /^((?:\p{Lu}[\p{Lu}.'’-]*\s+){0,2}\p{Lu}[\p{Lu}'’-]+):\s+(?=\S)/u

/** The label in capitals that opens `text`, or null. */
function capsLabel(text: string): string | null {
  return CAPS_LABEL_RE.exec(text)?.[1]?.trim() ?? null
}

/** Where the article writes `words` (case aside) as a whole, with whatever comes before them (`before`). */
function writings(words: string, body: string, before = ''): IterableIterator<RegExpMatchArray> {
  const escaped = escapePattern(words).replace(/\s+/g, '\\s+')
  return body.matchAll(new RegExp(`(?<![\\p{L}])${before}(${escaped})(?![\\p{L}])`, 'giu'))
}

/** The spelling the article gives a word in capitals elsewhere ("McCain" for "MCCAIN"), else the word title-cased. */
function ordinarySpelling(word: string, body: string): string {
  for (const m of writings(word, body)) if (/\p{Ll}/u.test(m[0])) return m[0]
  return word.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_m, before: string, c: string) => before + c.toUpperCase())
}

/**
 * The person a label in capitals names where the article writes them in ordinary case, before the label or after
 * it: the full name, opening with a given name ("JAKE TAPPER" and "Jake Tapper"), or the surname after one ("FALLIN"
 * and "Mary Fallin"), a given name the article never writes in lower case; null when the article names nobody so.
 */
function namedInOrdinaryCase(label: string, body: string, casing: ArticleCasing): string | null {
  if (/\s/.test(label)) {
    for (const m of writings(label, body)) {
      if (/\p{Ll}/u.test(m[0]) && likelyGenderOfGivenName(m[0]) !== null) return m[0].replace(/\s+/g, ' ')
    }
    return null
  }
  for (const m of writings(label, body, '(\\p{Lu}\\p{Ll}+)\\s+')) {
    const given = m[1] ?? ''
    const surname = m[2] ?? ''
    const name = `${given} ${surname}`
    // (a given name the article also writes in lower case is an ordinary word: "The Boom campaign")
    if (!/^\p{Lu}\p{Ll}+$/u.test(given) || !/\p{Ll}/u.test(surname) || casing.writtenLower(given.toLowerCase()))
      continue
    if (likelyGenderOfGivenName(name) !== null) return name
  }
  return null
}

/**
 * The people of an article's labels in capitals, with their names in ordinary case: a person the article names so
 * ("FALLIN" for "Mary Fallin"), else a full-name label whose surname opens another turn alone ("JOEL BENENSON" for
 * "BENENSON:"). A word of an ordinary sentence ("WEEK" in "STAT OF THE WEEK", written lower case elsewhere) or of the
 * lexicon's non-names is no name.
 */
export function transcriptSpeakers(paragraphs: readonly string[], casing: ArticleCasing): Map<string, string> {
  const labels = new Set<string>()
  for (const p of paragraphs) {
    const label = capsLabel(p)
    if (label) labels.add(label)
  }
  const found = new Map<string, string>()
  if (labels.size === 0) return found
  const body = paragraphs.join('\n')
  for (const label of labels) {
    const words = label.split(/\s+/)
    const lower = words.map((w) => w.toLowerCase())
    if (lower.some((w) => ORG_WORDS.has(w) || NOT_NAME_WORDS.has(w) || SPEECH_VERBS.has(w) || casing.writtenLower(w)))
      continue
    const named = namedInOrdinaryCase(label, body, casing)
    const surname = words.at(-1)
    if (named) found.set(label, named)
    else if (words.length > 1 && surname && labels.has(surname))
      found.set(label, words.map((w) => ordinarySpelling(w, body)).join(' '))
  }
  return found
}
