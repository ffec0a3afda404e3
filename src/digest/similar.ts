/**
 * When two reports are the same statement: the same words give or take punctuation, case, curly quotes and
 * British/American spelling; one a verbatim part of the other ("never negotiable" inside "Our missile program ...
 * is never negotiable"); or mostly the same words.
 */
import { americanSpelling } from '../search/spelling.js'

/** The words of a text, normalised for comparison. */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .split(' ')
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean)
    .map(americanSpelling)
}

/** True when `inner` occurs as a contiguous run of words in `outer`. */
function containsRun(outer: string[], inner: string[]): boolean {
  if (inner.length === 0 || inner.length > outer.length) return false
  for (let i = 0; i + inner.length <= outer.length; i++) {
    let j = 0
    while (j < inner.length && outer[i + j] === inner[j]) j++
    if (j === inner.length) return true
  }
  return false
}

/** Share of distinct words in common (Jaccard). */
function overlap(a: string[], b: string[]): number {
  const sa = new Set(a)
  const sb = new Set(b)
  let common = 0
  for (const w of sa) if (sb.has(w)) common++
  const union = sa.size + sb.size - common
  return union === 0 ? 0 : common / union
}

/** Whether two texts report the same words (see the module comment). Symmetric. */
export function sameWords(a: string, b: string): boolean {
  const wa = words(a)
  const wb = words(b)
  if (wa.length === 0 || wb.length === 0) return false
  if (wa.join(' ') === wb.join(' ')) return true
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa]
  if (short.length >= 2 && containsRun(long, short)) return true
  return short.length >= 4 && overlap(wa, wb) >= 0.6
}
