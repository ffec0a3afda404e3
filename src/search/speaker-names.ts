/**
 * The distinctive name parts of the story's speakers, to find the speaker a question names ("What did Araghchy
 * say?" allows one typo). Speakers can be added and removed one at a time, so a live update that changes one
 * person does not rebuild the parts of everyone else.
 */
import type { Speaker } from '../story/types.js'
import { editDistanceAtMost } from './edit-distance.js'
import { tokenize } from './text-terms.js'

type Entry = { part: string; name: string }

/** A word and every form of it with one letter left out: two words one edit apart share one of these. */
const withOneDeleted = (w: string) => new Set([w, ...Array.from(w, (_, i) => w.slice(0, i) + w.slice(i + 1))])

/** The lower-case name parts a question can use for a speaker: capitalised words of 3+ letters of any alias. */
function nameParts(speaker: Speaker): Set<string> {
  const parts = new Set<string>()
  // descriptions ("an anonymous woman") are not names to filter by
  if (!/^\p{Lu}/u.test(speaker.name)) return parts
  for (const alias of [speaker.name, ...speaker.aliases])
    for (const part of tokenize(alias))
      if (/^\p{Lu}/u.test(part) && part.length >= 3 && !/^(?:Mr|Mrs|Ms|Dr|Al|The)$/.test(part))
        parts.add(part.toLowerCase())
  return parts
}

export class SpeakerNames {
  /** name part → the speakers (canonical names) who have it. */
  private readonly exact = new Map<string, Set<string>>()
  /** a long part with one letter left out → the parts and speakers it comes from. */
  private readonly deletions = new Map<string, Entry[]>()

  constructor(speakers: readonly Speaker[] = []) {
    for (const s of speakers) this.add(s)
  }

  add(speaker: Speaker): void {
    for (const part of nameParts(speaker)) {
      const set = this.exact.get(part)
      if (set) set.add(speaker.name)
      else this.exact.set(part, new Set([speaker.name]))
      if (part.length >= 6)
        for (const key of withOneDeleted(part)) {
          const list = this.deletions.get(key)
          const entry = { part, name: speaker.name }
          if (list) list.push(entry)
          else this.deletions.set(key, [entry])
        }
    }
  }

  remove(speaker: Speaker): void {
    for (const part of nameParts(speaker)) {
      const set = this.exact.get(part)
      set?.delete(speaker.name)
      if (set?.size === 0) this.exact.delete(part)
      if (part.length >= 6)
        for (const key of withOneDeleted(part)) {
          const rest = (this.deletions.get(key) ?? []).filter((e) => e.name !== speaker.name || e.part !== part)
          if (rest.length) this.deletions.set(key, rest)
          else this.deletions.delete(key)
        }
    }
  }

  /**
   * The speaker a question names: any distinctive part of a canonical name or alias, allowing one typo in a word
   * of five or more letters. The speaker matching most words wins; a tie goes to the first name in order.
   * A word written in lower case counts only if `isName` says the story does not use it as a common word (so
   * "the talks" is not a speaker called Talks, while "what did araghchi say" still names Araghchi).
   */
  find(question: string, isName: (word: string) => boolean = () => true): { name: string; tokens: Set<string> } | null {
    const words = tokenize(question).filter((w) => /^\p{Lu}/u.test(w) || w.length >= 5)
    const found = new Map<string, { tokens: Set<string>; score: number }>()
    for (const w of words) {
      const lw = w.toLowerCase()
      const credit = new Map<string, number>()
      for (const name of this.exact.get(lw) ?? []) credit.set(name, 1)
      if (lw.length >= 5)
        for (const key of withOneDeleted(lw))
          for (const { part, name } of this.deletions.get(key) ?? [])
            if (!credit.has(name) && editDistanceAtMost(lw, part, 1)) credit.set(name, 0.8)
      if (credit.size > 0 && !/^\p{Lu}/u.test(w) && !isName(lw)) continue
      for (const [name, score] of credit) {
        const entry = found.get(name) ?? { tokens: new Set<string>(), score: 0 }
        entry.tokens.add(w)
        entry.score += score
        found.set(name, entry)
      }
    }
    let best: { name: string; tokens: Set<string>; score: number } | null = null
    for (const [name, { tokens, score }] of found)
      if (!best || score > best.score || (score === best.score && name.localeCompare(best.name) < 0))
        best = { name, tokens, score }
    return best ? { name: best.name, tokens: best.tokens } : null
  }
}
