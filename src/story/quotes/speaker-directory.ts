/**
 * One name per speaker across articles ("Araghchi" = "Abbas Araghchi" = "Iran's foreign minister"), kept up to
 * date as articles come and go. A change costs what it touches, not the size of the story: who is merged into
 * whom depends only on the people sharing a surname, and a description ("the US president") only on the roles
 * that share its words, so only those are worked out again.
 *
 * The rules:
 * - a proper name merges into the one longest full name with its surname that contains it ("Trump", "Donald
 *   Trump" → "Donald J. Trump"); two different full names with one surname ("Trevor" and "Mary Nicholson")
 *   leave a bare surname as written;
 * - a definite description ("the US president", "Iran's foreign minister") merges into the one person whose roles
 *   use all its words;
 * - each person's role is the one the coverage gives them most often (ties: the first in alphabetical order), and
 *   their aliases are the names merged into them, their surname and their roles.
 * The result depends only on which (speaker, role) pairs are quoted and how often, never on their order.
 */
import { insertionPoint } from '../insertion-point.js'
import type { Speaker } from '../types.js'
import { isProperName, roleStems, surname, tokensOf } from './canonical-names.js'
import { ORG_WORDS } from './lexicon.js'

/** How often a speaker, named as found in an article, was quoted with a role; or a change of that count. */
export type SpeakerUse = { speaker: string; role: string | null; count: number }

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
/** The order of the speaker list: by name for readers, then by code point so it is total. */
const byName = (a: Speaker, b: Speaker) => a.name.localeCompare(b.name) || byCodePoint(a.name, b.name)
const DEFINITE = /^(?:the|[\p{Lu}][\p{L}.]*['’]s)\s/u
/** A description that can stand for a person: definite, with at least two words that say which role. */
const asksForRole = (s: string) => !isProperName(s) && DEFINITE.test(s) && roleStems(s).length >= 2
/**
 * A plural that names a group of people by party, creed or nation ("Democrats", "Republicans", "Socialists",
 * "Conservatives", "Syrians"): no surname, so "Democrats" alone is not the one "Vermont Democrats" quoted.
 */
const GROUP_PLURAL_RE = /(?:crats|icans|ists|ives|ians)$/
/** More changed speakers than this, and the list is sorted again rather than patched. */
const PATCH_AT_MOST = 64

export class SpeakerDirectory {
  /** Speaker as found → role (null: none given) → how often. */
  private readonly found = new Map<string, Map<string | null, number>>()
  /** Surname → the proper names with it, one word or more. */
  private readonly bySurname = new Map<string, Set<string>>()
  /** Proper name as found → the name it merges into by the surname rule. */
  private readonly nameOf = new Map<string, string>()
  /** Merged proper name → the proper names as found merged into it. */
  private readonly members = new Map<string, Set<string>>()
  /** Merged proper name → its roles with how often, in the order of (speaker, role). */
  private readonly roles = new Map<string, Map<string, number>>()
  /** Role stem → the "name \0 role" pairs whose role has it. */
  private readonly byStem = new Map<string, Set<string>>()
  /** Role stem → the descriptions that ask for it. */
  private readonly descriptionsByStem = new Map<string, Set<string>>()
  /** Speaker as found → the name it merges into: the result. */
  private readonly merged = new Map<string, string>()
  /** Merged name → the speakers as found merged into it (itself too, when found). */
  private readonly namedBy = new Map<string, Set<string>>()
  private readonly entries = new Map<string, Speaker>()
  private list: Speaker[] = []

  /** Speaker as found → merged name. Updated in place by `change`. */
  get names(): ReadonlyMap<string, string> {
    return this.merged
  }

  /** Everyone quoted, once, sorted by name. A new array after a change; unchanged people keep their objects. */
  get speakers(): Speaker[] {
    return this.list
  }

  /**
   * Applies changes of how often (speaker, role) pairs are quoted (negative counts take quotes away). Returns the
   * speakers as found whose merged name changed, appeared or went.
   */
  change(deltas: Iterable<SpeakerUse>): string[] {
    const touched = new Set<string>()
    for (const { speaker, role, count } of deltas) {
      if (count === 0) continue
      const rs = this.found.get(speaker) ?? new Map<string | null, number>()
      const n = (rs.get(role) ?? 0) + count
      if (n > 0) rs.set(role, n)
      else rs.delete(role)
      if (rs.size > 0) this.found.set(speaker, rs)
      else this.found.delete(speaker)
      touched.add(speaker)
    }
    if (touched.size === 0) return []

    // 1. proper names: surnames with someone new or gone are merged again
    /** surname → its proper names gone in this change */
    const surnames = new Map<string, string[]>()
    const dirtyNames = new Set<string>()
    for (const s of touched) {
      if (!isProperName(s)) continue
      const key = surname(s)
      const present = this.found.has(s)
      const set = this.bySurname.get(key) ?? new Set<string>()
      if (present !== set.has(s)) {
        if (present) set.add(s)
        else set.delete(s)
        const gone = surnames.get(key) ?? []
        if (!present) gone.push(s)
        surnames.set(key, gone)
      }
      if (set.size > 0) this.bySurname.set(key, set)
      else this.bySurname.delete(key)
      // its roles or how often it has them may have changed
      const name = this.nameOf.get(s)
      if (name !== undefined) dirtyNames.add(name)
    }
    const moved = new Set<string>()
    for (const [key, gone] of surnames) this.mergeSurname(key, gone, moved, dirtyNames)

    // 2. roles of the people whose members or roles changed; the role stems that changed with them
    const stems = new Set<string>()
    for (const name of dirtyNames) this.recountRoles(name, stems)

    // 3. descriptions: new or gone ones, and those asking for a role stem that changed
    const descriptions = new Set<string>()
    for (const s of touched) if (!isProperName(s)) descriptions.add(s)
    for (const stem of stems) for (const d of this.descriptionsByStem.get(stem) ?? []) descriptions.add(d)

    // 4. the result for everyone whose merged name may have changed
    const renamed: string[] = []
    const dirtySpeakers = new Set(dirtyNames)
    const settle = (s: string, name: string | undefined) => {
      if (this.reassign(this.merged, this.namedBy, s, name, dirtySpeakers)) renamed.push(s)
    }
    for (const s of moved) settle(s, this.nameOf.get(s))
    for (const d of descriptions) {
      const present = this.found.has(d)
      if (asksForRole(d)) for (const stem of roleStems(d)) this.index(this.descriptionsByStem, stem, d, present)
      settle(d, present ? (this.byRole(d) ?? d) : undefined)
    }
    // a speaker whose own merged name did not change can still appear in (or leave) its person's aliases
    for (const s of touched) {
      const name = this.merged.get(s)
      if (name !== undefined) dirtySpeakers.add(name)
    }
    this.rebuildSpeakers(dirtySpeakers)
    return renamed
  }

  /**
   * Merges the proper names with one surname again (`gone`: those no longer found); records who moved and whose
   * roles must be recounted.
   */
  private mergeSurname(key: string, gone: readonly string[], moved: Set<string>, dirtyNames: Set<string>): void {
    const names = [...(this.bySurname.get(key) ?? [])].sort(byCodePoint)
    const group = names.filter((n) => !n.includes(' and ') && tokensOf(n).length >= 2)
    const canonical = new Map<string, string>()
    const longest = [...group].sort((a, b) => b.length - a.length)[0]
    // every other full name must be contained in the longest ("Donald Trump" in "Donald J. Trump")
    if (longest !== undefined) {
      const lt = tokensOf(longest)
      if (group.every((n) => tokensOf(n).every((t) => lt.includes(t)))) for (const n of group) canonical.set(n, longest)
    }
    const single = (): string | undefined => {
      if (group.length === 1) return group[0]
      const merged = new Set(group.map((n) => canonical.get(n) ?? n))
      return merged.size === 1 ? [...merged][0] : undefined
    }
    for (const s of [...names, ...gone]) {
      const present = this.found.has(s)
      const alone = tokensOf(s).length === 1 && !GROUP_PLURAL_RE.test(key)
      const name = present ? (canonical.get(s) ?? (alone ? (single() ?? s) : s)) : undefined
      if (this.reassign(this.nameOf, this.members, s, name, dirtyNames)) moved.add(s)
    }
  }

  /** Works out a person's roles again from their members; the stems of roles gained or lost go into `stems`. */
  private recountRoles(name: string, stems: Set<string>): void {
    const before = this.roles.get(name)
    const counts = new Map<string, number>()
    for (const s of [...(this.members.get(name) ?? [])].sort(byCodePoint)) {
      const rs = this.found.get(s)
      if (!rs) continue
      for (const role of [...rs.keys()].filter((r): r is string => r !== null).sort(byCodePoint))
        counts.set(role, (counts.get(role) ?? 0) + (rs.get(role) ?? 0))
    }
    for (const role of before?.keys() ?? [])
      if (!counts.has(role))
        for (const stem of roleStems(role)) {
          this.index(this.byStem, stem, `${name}\u0000${role}`, false)
          stems.add(stem)
        }
    for (const role of counts.keys())
      if (!before?.has(role))
        for (const stem of roleStems(role)) {
          this.index(this.byStem, stem, `${name}\u0000${role}`, true)
          stems.add(stem)
        }
    if (counts.size > 0) this.roles.set(name, counts)
    else this.roles.delete(name)
  }

  /** The one person whose roles use every word of a definite description, or null. */
  private byRole(description: string): string | null {
    if (!asksForRole(description)) return null
    const sets = roleStems(description).map((w) => this.byStem.get(w))
    if (sets.some((set) => !set)) return null
    const [first, ...rest] = (sets as Set<string>[]).sort((a, b) => a.size - b.size)
    const names = new Set<string>()
    for (const key of first ?? []) if (rest.every((set) => set.has(key))) names.add(key.slice(0, key.indexOf('\u0000')))
    return names.size === 1 ? ([...names][0] ?? null) : null
  }

  /** The speaker entries of these merged names again, and the list with them. */
  private rebuildSpeakers(names: ReadonlySet<string>): void {
    const changed: Speaker[] = []
    const removed = new Set<Speaker>()
    for (const name of names) {
      const old = this.entries.get(name)
      const entry = this.entry(name)
      if (old && entry && sameSpeaker(old, entry)) continue
      if (old) removed.add(old)
      if (entry) {
        this.entries.set(name, entry)
        changed.push(entry)
      } else this.entries.delete(name)
    }
    if (removed.size === 0 && changed.length === 0) return
    if (removed.size + changed.length > PATCH_AT_MOST) {
      this.list = [...this.entries.values()].sort(byName)
      return
    }
    const list = this.list.filter((s) => !removed.has(s))
    for (const entry of changed)
      list.splice(
        insertionPoint(list, (s) => byName(s, entry) < 0),
        0,
        entry,
      )
    this.list = list
  }

  private entry(name: string): Speaker | null {
    const by = this.namedBy.get(name)
    if (!by) return null
    const rs = this.roles.get(name)
    let role: string | null = null
    let most = 0
    for (const [r, n] of rs ?? []) if (n > most) [role, most] = [r, n]
    const all = new Set([...by].filter((s) => s !== name).sort(byCodePoint))
    const last = name.split(/\s+/).pop()
    if (isProperName(name) && tokensOf(name).length > 1 && last && !ORG_WORDS.has(last.toLowerCase())) all.add(last)
    for (const r of rs?.keys() ?? []) all.add(r)
    all.delete(name)
    return { name, role, aliases: [...all] }
  }

  /**
   * Moves a name as found to another merged name (undefined: none) in `forward` and its reverse index, marking both
   * merged names dirty. Returns whether it moved.
   */
  private reassign(
    forward: Map<string, string>,
    reverse: Map<string, Set<string>>,
    s: string,
    name: string | undefined,
    dirty: Set<string>,
  ): boolean {
    const before = forward.get(s)
    if (before === name) return false
    if (before !== undefined) {
      this.index(reverse, before, s, false)
      dirty.add(before)
    }
    if (name === undefined) forward.delete(s)
    else {
      forward.set(s, name)
      this.index(reverse, name, s, true)
      dirty.add(name)
    }
    return true
  }

  /** Adds (present) or removes a value in the set under a key, dropping a set that becomes empty. */
  private index(map: Map<string, Set<string>>, key: string, value: string, present: boolean): void {
    const set = map.get(key)
    if (present) {
      if (set) set.add(value)
      else map.set(key, new Set([value]))
    } else if (set) {
      set.delete(value)
      if (set.size === 0) map.delete(key)
    }
  }
}

const sameSpeaker = (a: Speaker, b: Speaker) =>
  a.name === b.name &&
  a.role === b.role &&
  a.aliases.length === b.aliases.length &&
  a.aliases.every((x, i) => x === b.aliases[i])
