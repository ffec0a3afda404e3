/**
 * A description's head noun with a typo ("the Essex County prosecuter"): the one word for a kind of person the
 * lexicon knows one edit away (an insertion, a deletion, a substitution, or two neighbouring letters swapped).
 */
import type { Lexicon } from '../search/lexicon.js'

/** Shorter words have too many neighbours one edit away to guess which was meant. */
const SHORTEST = 5

const LETTERS = 'abcdefghijklmnopqrstuvwxyz'

/** Every word one edit from a lower-case word. */
function oneEditFrom(word: string): Set<string> {
  const out = new Set<string>()
  for (let i = 0; i <= word.length; i++) {
    const before = word.slice(0, i)
    for (const c of LETTERS) {
      out.add(before + c + word.slice(i))
      if (i < word.length) out.add(before + c + word.slice(i + 1))
    }
    if (i < word.length) out.add(before + word.slice(i + 1))
    if (i < word.length - 1) out.add(before + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2))
  }
  out.delete(word)
  return out
}

const namesAPerson = (word: string, lexicon: Lexicon) =>
  lexicon.senses(word).some((s) => s.pos === 'noun' && s.file === 'noun.person')

/**
 * The head as meant: itself when the lexicon knows it as a noun (or cannot tell: a capitalised title, a short
 * word), else the only word for a kind of person one edit away, else itself.
 */
export function spelledHead(head: string, lexicon: Lexicon): string {
  // (a noun the lexicon lacks: "prosecuter" is no noun, though its ending reads as the verb's "prosecute")
  if (head.length < SHORTEST || !/^\p{Ll}+$/u.test(head) || lexicon.senses(head).some((s) => s.pos === 'noun'))
    return head
  const near = [...oneEditFrom(head)].filter((w) => namesAPerson(w, lexicon))
  return near.length === 1 && near[0] !== undefined ? near[0] : head
}

/**
 * The first noun of a compound of two kinds of person ("the refugee activist", "a student leader"), which says what
 * the person is as much as the head: the word right before the head when it is written in lower case, the lexicon
 * knows it only as a noun and its first sense is a person ("senior" in "a senior official" is also an adjective);
 * else null.
 */
export function compoundModifier(words: readonly { token: string }[], head: string, lexicon: Lexicon): string | null {
  const at = words.findLastIndex((w) => w.token === head)
  const before = at > 0 ? words[at - 1]?.token : undefined
  if (before === undefined || !/^\p{Ll}{3,}$/u.test(before)) return null
  const senses = lexicon.senses(before)
  return senses.length > 0 && senses.every((s) => s.pos === 'noun') && senses[0]?.file === 'noun.person' ? before : null
}
