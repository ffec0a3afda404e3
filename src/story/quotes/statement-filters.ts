/** What is not a statement: headlines, quoted titles, scare quotes. */
import { TITLE_CUE_RE } from './lexicon.js'

const SMALL_WORDS = new Set('a an the of and or in on at to for from with by as vs'.split(' '))

/** A short line without closing punctuation (a subheading or a headline kept as a paragraph). */
export function isHeadline(paragraph: string): boolean {
  const t = paragraph.trim()
  if (/[.!?…;:,]["'”’“)\]]*$/u.test(t)) return false
  return t.split(/\s+/).length <= 15
}

/**
 * Quoted words that are a name, not a statement: a single scare-quoted word, or a title ("his book “The Art of
 * the Deal”"). `before` is the text just before the opening mark.
 */
export function isNotAStatement(quoted: string, before: string): boolean {
  const words = quoted.trim().split(/\s+/).filter(Boolean)
  if (words.length <= 1) return true
  if (TITLE_CUE_RE.test(before)) return true
  return isTitle(quoted)
}

/** Every significant word capitalised, no sentence inside: "The Art of the Deal", "Face the Nation." */
export function isTitle(quoted: string): boolean {
  const body = quoted.trim().replace(/[.!?,;:]+$/, '')
  if (/[.!?;:]\s/.test(body)) return false
  const words = body.split(/\s+/).filter(Boolean)
  const significant = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()))
  const capitalised = significant.filter((w) => /^[\p{Lu}\d]/u.test(w))
  return significant.length >= 2 && capitalised.length === significant.length && !/^(?:I|I'm|I’m)$/.test(words[0] ?? '')
}
