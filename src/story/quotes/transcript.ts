/**
 * An interview reproduced as a transcript: each turn opens with the speaker's name in capitals and a colon, the full
 * name at the first turn and the surname after it ("JOEL BENENSON: …", then "BENENSON: …"). That pair is what makes
 * a label in capitals a person's when the article never writes the name in ordinary case; a section label ("STAT OF
 * THE WEEK:", "BYLINE:", "Q:") has no such pair.
 */
import type { ArticleCasing } from './casing.js'
import { NOT_NAME_WORDS, ORG_WORDS, SPEECH_VERBS } from './lexicon.js'

/** A label in capitals that opens a paragraph: one to three words, the last at least two letters. */
const CAPS_LABEL_RE = /^((?:\p{Lu}[\p{Lu}.'’-]*\s+){0,2}\p{Lu}[\p{Lu}'’-]+):\s+(?=\S)/u

/** The label in capitals that opens `text`, or null. */
function capsLabel(text: string): string | null {
  return CAPS_LABEL_RE.exec(text)?.[1]?.trim() ?? null
}

/** The spelling the article gives a word in capitals elsewhere ("McCain" for "MCCAIN"), else the word title-cased. */
function ordinarySpelling(word: string, body: string): string {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  for (const m of body.matchAll(new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'giu'))) {
    if (/\p{Ll}/u.test(m[0])) return m[0]
  }
  return word.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_m, before: string, c: string) => before + c.toUpperCase())
}

/**
 * The people of an article's transcript, by label in capitals: each full-name label ("JOEL BENENSON") whose surname
 * opens another turn alone ("BENENSON:"), with the name in ordinary case ("Joel Benenson"). A word of an ordinary
 * sentence ("WEEK" in "STAT OF THE WEEK", written lower case elsewhere) or of the lexicon's non-names is no name.
 */
export function transcriptSpeakers(paragraphs: readonly string[], casing: ArticleCasing): Map<string, string> {
  const labels = new Set<string>()
  for (const p of paragraphs) {
    const label = capsLabel(p)
    if (label) labels.add(label)
  }
  const found = new Map<string, string>()
  if (labels.size < 2) return found
  let body: string | null = null
  for (const label of labels) {
    const words = label.split(/\s+/)
    const surname = words.at(-1)
    if (words.length < 2 || !surname || !labels.has(surname)) continue
    const lower = words.map((w) => w.toLowerCase())
    if (lower.some((w) => ORG_WORDS.has(w) || NOT_NAME_WORDS.has(w) || SPEECH_VERBS.has(w) || casing.writtenLower(w)))
      continue
    body ??= paragraphs.join('\n')
    const text = body
    found.set(label, words.map((w) => ordinarySpelling(w, text)).join(' '))
  }
  return found
}
