/**
 * The distinctive name parts of the story's speakers, to find the speaker a question names. A name part of four or
 * more letters is also found with one edit (a typo: "Trunp", "Witkof"; two letters swapped count as one) and by
 * its sound (a phonetic key: "Araqchi" for "Araghchi", "Shabab" for "al-Shabaab"), when that finds one person
 * only. Speakers can be added and removed one at a time, so a live update that changes one person does not
 * rebuild the parts of everyone else.
 */
import { doubleMetaphone } from 'double-metaphone'
import type { Speaker } from '../story/types.js'
import { editDistanceAtMost } from './edit-distance.js'
import { tokenize } from './text-terms.js'

type Entry = { part: string; name: string }

/** How a word of the question was matched to a name part. */
export type NameMatch = 'exact' | 'edit' | 'sound'

/** Parts this long or longer are matched with one edit or by sound. */
const LOOSE_FROM = 4
/** Phonetic keys shorter than this say too little ("L" for Lee, Li, Lu …). */
const MIN_KEY = 3

/** A word and every form of it with one letter left out: two words one edit apart share one of these. */
const withOneDeleted = (w: string) => new Set([w, ...Array.from(w, (_, i) => w.slice(0, i) + w.slice(i + 1))])

/** A name part's primary phonetic key (Double Metaphone), or null when it is too short to tell names apart. */
export function soundKey(part: string): string | null {
  if (part.length < LOOSE_FROM) return null
  const [key] = doubleMetaphone(part)
  return key.length >= MIN_KEY ? key : null
}

/** Titles and honorifics the coverage writes before names ("Sen. Bernie Sanders"): no part of anyone's name. */
export const TITLE =
  /^(?:Mr|Mrs|Ms|Dr|Al|The|Sen|Rep|Gov|Gen|Lt|Sgt|Col|Capt|Cmdr|Adm|Prof|Rev|Hon|Pres|Sec|Amb|Jr|Sr|Senator|President|Governor|Minister|Mayor|Premier|Representative|Secretary|Chancellor|Sheriff)$/

/** The lower-case name parts a question can use for a speaker: capitalised words of 3+ letters of any alias. */
function nameParts(speaker: Speaker): Set<string> {
  const parts = new Set<string>()
  // "foes of Castro", "a spokeswoman for Ortega" name someone else, also where an alias repeats that name
  const other = /\b(?:of|for|to|with|against|about|on|at|toward|towards)\s+((?:\p{Lu}[\p{L}'’.-]*\s*)+)$/u.exec(
    speaker.name,
  )
  const someoneElse = new Set(tokenize(other?.[1] ?? '').map((w) => w.toLowerCase()))
  // a person the coverage names: a description among their aliases ("Clinton ally", "independent counsel who
  // pursued Bill Clinton") names the people it is about, not them, unless they speak for them ("a Tinder spokeswoman")
  const named = !isDescription(speaker.name)
  for (const alias of [speaker.name, ...speaker.aliases]) {
    if (named && alias !== speaker.name && isDescription(alias) && !SPEAKS_FOR.test(alias)) continue
    let words = tokenize(alias)
    // a description ("an anonymous woman") is no name; one that ends with a name ("a statement by Reagan Ruslim",
    // "former Bank of Canada governor David Dodge") has that name
    if (!/^\p{Lu}/u.test(alias)) {
      const run = words.length - [...words].reverse().findIndex((w) => !/^\p{Lu}/u.test(w))
      words = run > words.length ? [] : words.slice(run)
    }
    for (const part of words) {
      const lower = part.toLowerCase()
      if (/^\p{Lu}/u.test(part) && part.length >= 3 && !TITLE.test(part) && !someoneElse.has(lower)) parts.add(lower)
    }
  }
  return parts
}

/** Lower-case particles inside names ("Abdullah al-Shayji", "Ursula von der Leyen"). */
const PARTICLE = /^(?:al|el|bin|ibn|abu|de|da|di|do|dos|du|del|della|der|den|van|von|la|le|y)$/

/** A description of someone speaking for the one it names: "a Tinder spokeswoman", "press secretary for Ortega". */
const SPEAKS_FOR = /\b(?:spokes(?:man|woman|person|men|women|people)|press secretary|representative)\b/i

/** Whether a label describes rather than names: a word in lower case that is no particle of a name. */
const isDescription = (label: string): boolean =>
  tokenize(label).some((w) => /^\p{Ll}/u.test(w) && !PARTICLE.test(w) && !/^\p{Ll}+-\p{Lu}/u.test(w))

function add<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

function drop<K>(map: Map<K, Entry[]>, key: K, entry: Entry): void {
  const rest = (map.get(key) ?? []).filter((e) => e.name !== entry.name || e.part !== entry.part)
  if (rest.length) map.set(key, rest)
  else map.delete(key)
}

export class SpeakerNames {
  /** name part → the speakers (canonical names) who have it. */
  private readonly exact = new Map<string, Set<string>>()
  /** a long part with one letter left out → the parts and speakers it comes from. */
  private readonly deletions = new Map<string, Entry[]>()
  /** a long part's phonetic key → the parts and speakers it comes from. */
  private readonly sounds = new Map<string, Entry[]>()

  constructor(speakers: readonly Speaker[] = []) {
    for (const s of speakers) this.add(s)
  }

  add(speaker: Speaker): void {
    for (const part of nameParts(speaker)) {
      const set = this.exact.get(part)
      if (set) set.add(speaker.name)
      else this.exact.set(part, new Set([speaker.name]))
      if (part.length < LOOSE_FROM) continue
      const entry = { part, name: speaker.name }
      for (const key of withOneDeleted(part)) add(this.deletions, key, entry)
      const sound = soundKey(part)
      if (sound) add(this.sounds, sound, entry)
    }
  }

  remove(speaker: Speaker): void {
    for (const part of nameParts(speaker)) {
      const set = this.exact.get(part)
      set?.delete(speaker.name)
      if (set?.size === 0) this.exact.delete(part)
      if (part.length < LOOSE_FROM) continue
      const entry = { part, name: speaker.name }
      for (const key of withOneDeleted(part)) drop(this.deletions, key, entry)
      const sound = soundKey(part)
      if (sound) drop(this.sounds, sound, entry)
    }
  }

  /**
   * The speakers a word of a question names: those with the word as a name part; else, for a word of four or more
   * letters, the one name part one edit away or, failing that, sounding the same, when only one part does.
   */
  match(word: string): { names: Set<string>; how: NameMatch; part: string } | null {
    const w = word.toLowerCase()
    const exact = this.exact.get(w)
    if (exact?.size) return { names: new Set(exact), how: 'exact', part: w }
    if (w.length < LOOSE_FROM) return null
    const unique = (entries: Entry[], how: NameMatch) => {
      const parts = new Set(entries.map((e) => e.part))
      const [part] = parts
      return parts.size === 1 && part ? { names: new Set(entries.map((e) => e.name)), how, part } : null
    }
    const near: Entry[] = []
    for (const key of withOneDeleted(w))
      for (const e of this.deletions.get(key) ?? []) if (editDistanceAtMost(w, e.part, 1)) near.push(e)
    if (near.length) return unique(near, 'edit')
    const sound = soundKey(w)
    // a transliteration differs in a letter or two, not only in sound
    const alike = sound ? (this.sounds.get(sound) ?? []).filter((e) => editDistanceAtMost(w, e.part, 2)) : []
    return alike.length ? unique(alike, 'sound') : null
  }
}
