/**
 * An interview printed as questions and answers ("Q: You open your book on May 17. …" / "A: I came home from school
 * …"): each answer is the words of the person the article introduces before its first question, as news writing
 * names the interviewee in the headline and the lead ("Q&A with Vice President Joe Biden", "Actress Diane Guerrero
 * has become …"). The questions are the interviewer's, who is not quoted.
 */

import { likelyGenderOfGivenName } from './given-names.js'

const QUESTION_RE = /^Q:\s+(?=\S)/
const ANSWER_RE = /^A:\s+(?=\S)/

/** A capitalised word, with an initial ("Peter T. King") read as part of the name after it. */
const WORD_RE = /\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+/gu

/** Turns of each kind an article needs to be read as an interview. */
const MIN_TURNS = 2

/**
 * The interviewee of an article printed as questions and answers: the person named (a given name and a surname, the
 * name tables knowing the given name) most often before its first question, the first so named on a tie; null when
 * the article is no interview or names nobody before it.
 */
export function interviewee(paragraphs: readonly string[]): string | null {
  const firstQuestion = paragraphs.findIndex((p) => QUESTION_RE.test(p))
  if (firstQuestion <= 0) return null
  let questions = 0
  let answers = 0
  for (const p of paragraphs) {
    if (QUESTION_RE.test(p)) questions++
    else if (ANSWER_RE.test(p)) answers++
  }
  if (questions < MIN_TURNS || answers < MIN_TURNS) return null
  const counts = new Map<string, number>()
  for (const p of paragraphs.slice(0, firstQuestion))
    for (const name of personNames(p)) counts.set(name, (counts.get(name) ?? 0) + 1)
  let best: string | null = null
  for (const [name, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = name
  return best
}

/** "Vice President Joe Biden" → "Joe Biden": given name, an initial or not, and surname, where a name starts. */
function personNames(text: string): string[] {
  const words = [...text.matchAll(WORD_RE)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }))
  const names: string[] = []
  for (let i = 0; i + 1 < words.length; i++) {
    const given = words[i] as (typeof words)[number]
    if (given.text.endsWith('.')) continue
    let k = i + 1
    const adjacent = (a: number, b: number) => /^\s+$/.test(text.slice(words[a]?.end, words[b]?.start))
    if (words[k]?.text.endsWith('.') && adjacent(i, k)) k++
    const surname = words[k]
    if (!surname || surname.text.endsWith('.') || !adjacent(k - 1, k)) continue
    const name = text.slice(given.start, surname.end)
    if (likelyGenderOfGivenName(name) === null) continue
    names.push(name)
    i = k
  }
  return names
}

/** "A: I came home …": the interviewee's answer, as a label gives it, or null when the paragraph is no answer. */
export function interviewAnswer(text: string, answerer: string | null): { name: string; start: number } | null {
  if (answerer === null) return null
  const m = ANSWER_RE.exec(text)
  return m ? { name: answerer, start: m[0].length } : null
}
