/** One name per speaker across articles: "Araghchi" = "Abbas Araghchi" = "Iran's foreign minister". */
import type { Quote, Speaker } from '../types.js'
import { ORG_WORDS } from './lexicon.js'

/** A proper name ends in a capitalised word ("al-Shayji" counts); descriptions end in a common noun. */
const properNames = new Map<string, boolean>()
export const isProperName = (s: string): boolean => {
  let v = properNames.get(s)
  if (v === undefined) {
    if (properNames.size > 100_000) properNames.clear()
    v = /\p{Lu}/u.test(s.split(/\s+/).pop() ?? '')
    properNames.set(s, v)
  }
  return v
}

const HONORIFIC_RE = /^(?:mr|mrs|ms|dr|prof|sir)\.?\s+/i
const tokenCache = new Map<string, string[]>()
const tokensOf = (name: string): string[] => {
  let v = tokenCache.get(name)
  if (!v) {
    if (tokenCache.size > 100_000) tokenCache.clear()
    v = name.replace(HONORIFIC_RE, '').toLowerCase().split(/\s+/).filter(Boolean)
    tokenCache.set(name, v)
  }
  return v
}
const surname = (name: string) => tokensOf(name).at(-1) ?? ''

/** Lower-case content words of a role, with demonyms and possessives reduced to a common stem. */
const roleStemsCache = new Map<string, string[]>()
function roleStems(role: string): string[] {
  let stems = roleStemsCache.get(role)
  if (!stems) {
    if (roleStemsCache.size > 100_000) roleStemsCache.clear()
    stems = computeRoleStems(role)
    roleStemsCache.set(role, stems)
  }
  return stems
}

function computeRoleStems(role: string): string[] {
  return role
    .toLowerCase()
    .replace(/\bu\.s\.|\bunited states\b|\bamerican\b/g, 'us')
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 1 && !/^(?:the|a|an|of|for|at|in|and|former)$/.test(w))
    .map((w) => (w.length > 4 ? w.replace(/(?:ian|ean|ese|ish|i|a)$/, '') : w))
}

/** How often a speaker, named as found in an article, was quoted with a role (in one article or across many). */
export type SpeakerUse = { speaker: string; role: string | null; count: number }

/** For each name as found, the one name it is merged into; and every speaker once, sorted by name. */
export type SpeakerMerge = { names: ReadonlyMap<string, string>; speakers: Speaker[] }

/** The key of a (speaker, role) pair in a tally of `SpeakerUse`s. */
export const useKey = (speaker: string, role: string | null): string =>
  role === null ? `${speaker}\u0000` : `${speaker}\u0000\u0001${role}`

/**
 * Merges speaker names across articles. Depends only on which (speaker, role) pairs occur and how often, not on
 * the order they come in, so a story updated article by article merges exactly as one built at once.
 */
export function mergeSpeakers(found: Iterable<SpeakerUse>): SpeakerMerge {
  const uses = [...found]
    .filter((u) => u.count > 0)
    .sort((a, b) => compare(a.speaker, b.speaker) || compare(a.role ?? '', b.role ?? '') || (a.role === null ? -1 : 1))
  // 1. proper names: surname-only and shorter forms map to the one full name with that surname
  const fullBySurname = new Map<string, Set<string>>()
  for (const { speaker } of uses) {
    if (!isProperName(speaker) || speaker.includes(' and ')) continue
    const toks = tokensOf(speaker)
    if (toks.length < 2) continue
    const key = surname(speaker)
    const set = fullBySurname.get(key) ?? new Set<string>()
    set.add(speaker)
    fullBySurname.set(key, set)
  }
  const canonical = new Map<string, string>()
  for (const [, names] of fullBySurname) {
    const list = [...names].sort((a, b) => b.length - a.length)
    const longest = list[0] as string
    // every other form must be contained in the longest ("Donald Trump" in "Donald J. Trump")
    const lt = tokensOf(longest)
    if (list.every((n) => tokensOf(n).every((t) => lt.includes(t)))) for (const n of list) canonical.set(n, longest)
  }
  const nameOf = (s: string): string => {
    const c = canonical.get(s)
    if (c) return c
    if (isProperName(s) && tokensOf(s).length === 1) {
      const names = fullBySurname.get(surname(s))
      if (names && names.size === 1) return [...names][0] as string
      const merged = names ? new Set([...names].map((n) => canonical.get(n) ?? n)) : null
      if (merged && merged.size === 1) return [...merged][0] as string
    }
    return s
  }

  // 2. roles of named speakers, to recognise "the US president" in another article
  const roles = new Map<string, Map<string, number>>()
  for (const { speaker, role, count } of uses) {
    if (!role || !isProperName(speaker)) continue
    const name = nameOf(speaker)
    const m = roles.get(name) ?? new Map<string, number>()
    m.set(role, (m.get(role) ?? 0) + count)
    roles.set(name, m)
  }
  // stem → the (name, role) pairs whose role has it: a description is matched by intersecting
  const byStem = new Map<string, Set<string>>()
  for (const [name, rs] of roles)
    for (const r of rs.keys())
      for (const stem of roleStems(r)) {
        const set = byStem.get(stem) ?? new Set<string>()
        set.add(`${name}\u0000${r}`)
        byStem.set(stem, set)
      }
  const byRole = (description: string): string | null => {
    if (!/^(?:the|[\p{Lu}][\p{L}.]*['’]s)\s/u.test(description)) return null
    const want = roleStems(description)
    if (want.length < 2) return null
    const sets = want.map((w) => byStem.get(w))
    if (sets.some((set) => !set)) return null
    const [first, ...rest] = (sets as Set<string>[]).sort((a, b) => a.size - b.size)
    const names = new Set<string>()
    for (const key of first ?? []) if (rest.every((set) => set.has(key))) names.add(key.slice(0, key.indexOf('\u0000')))
    return names.size === 1 ? ([...names][0] as string) : null
  }

  const names = new Map<string, string>()
  const aliases = new Map<string, Set<string>>()
  for (const { speaker } of uses) {
    if (names.has(speaker)) continue
    let name = nameOf(speaker)
    if (!isProperName(name)) name = byRole(name) ?? name
    names.set(speaker, name)
    const set = aliases.get(name) ?? new Set<string>()
    if (speaker !== name) set.add(speaker)
    aliases.set(name, set)
  }

  const speakers: Speaker[] = []
  for (const [name, set] of aliases) {
    const rs = roles.get(name)
    // the most frequent role; ties go to the first in alphabetical order (the uses are sorted)
    let role: string | null = null
    let most = 0
    for (const [r, n] of rs ?? []) if (n > most) [role, most] = [r, n]
    const all = new Set(set)
    const last = name.split(/\s+/).pop()
    if (isProperName(name) && tokensOf(name).length > 1 && last && !ORG_WORDS.has(last.toLowerCase())) all.add(last)
    if (rs) for (const r of rs.keys()) all.add(r)
    all.delete(name)
    speakers.push({ name, role, aliases: [...all] })
  }
  speakers.sort((a, b) => a.name.localeCompare(b.name))
  return { names, speakers }
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Counts the (speaker, role) pairs of some quotes, added to `into`. */
function tallySpeakers(quotes: readonly Quote[], into = new Map<string, SpeakerUse>()): Map<string, SpeakerUse> {
  for (const q of quotes) {
    if (!q.speaker) continue
    const key = useKey(q.speaker, q.role)
    const use = into.get(key)
    if (use) use.count++
    else into.set(key, { speaker: q.speaker, role: q.role, count: 1 })
  }
  return into
}

/** A quote under its merged name (the same object when the name does not change). */
export const renamed = (q: Quote, names: ReadonlyMap<string, string>): Quote => {
  const name = q.speaker === null ? null : (names.get(q.speaker) ?? q.speaker)
  return name === q.speaker ? q : { ...q, speaker: name }
}

/** Merges speaker names across articles and lists every speaker once. */
export function canonicalizeSpeakers(quotes: Quote[]): { quotes: Quote[]; speakers: Speaker[] } {
  const { names, speakers } = mergeSpeakers(tallySpeakers(quotes).values())
  return { quotes: quotes.map((q) => renamed(q, names)), speakers }
}
