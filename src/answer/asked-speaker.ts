/**
 * Who a question's speaker slot (see `findSpeakerSlot`) means. A slot whose head is a name ("Liberal MP Sean
 * Fraser", "Vickers", "al-Shabab") names a person: the speakers with that name part, allowing one edit or the same
 * sound; nobody, when the coverage never quotes them. A slot whose head is a common noun ("Australia's foreign
 * minister", "the Yellowhead MP", "which judge") describes a person: the speakers whose profile (see
 * `SpeakerProfiles`) matches the head, and best the other words. A place or a demonym names nobody.
 */
import { expandAbbreviation } from '../search/abbreviations.js'
import type { Lexicon } from '../search/lexicon.js'
import type { SpeakerNames } from '../search/speaker-names.js'
import type { SpeakerSlot } from '../search/speaker-slot.js'
import { STOP_WORDS } from '../search/stop-words.js'
import { stemToken, type TokenSpan, tokenSpans } from '../search/text-terms.js'
import { describingTerms, type SpeakerProfiles } from './speaker-profiles.js'

export type AskedSpeaker =
  /** A person named in the question and quoted in the coverage: only their statements answer. */
  | { kind: 'named'; names: string[] }
  /** The speakers a description fits: their statements are preferred. */
  | { kind: 'described'; names: string[] }
  /** A person named in the question whom the coverage never quotes. */
  | { kind: 'unquoted'; name: string }

/** More people than this fitting a description equally means it describes nobody in particular. */
const MAX_DESCRIBED = 5

/** Where a description's head noun ends: "the woman in Tehran", "Canada's ambassador to China". */
const PREPOSITION = /^(?:of|from|in|at|for|with|to|on|by|behind|inside|near|over|under)$/i

const isAcronym = (token: string) => /^\p{Lu}{2,5}$/u.test(token)
const isCapitalised = (token: string) => /^\p{Lu}/u.test(token)

export type AskedContext = {
  names: SpeakerNames
  profiles: () => SpeakerProfiles
  lexicon: Lexicon
  /** Whether the story uses a word in lower case (a common word, not only a name). */
  usedInLowerCase: (word: string) => boolean
}

export function resolveSlot(slot: SpeakerSlot, ctx: AskedContext): AskedSpeaker | null {
  const spans = expandAbbreviations(tokenSpans(slot.text)).filter((t) => !/^['’]?s$/.test(t.token))
  const last = spans[spans.length - 1]?.token
  if (!last) return null
  // a name at the end: "Liberal MP Sean Fraser", "former Bank of Canada governor David Dodge", "Vickers"; after an
  // article it is a title, not a name ("the Foreign Minister")
  const described = /^(?:the|a|an)$/i.test(spans[0]?.token ?? '')
  const named = !described && isName(last, ctx) ? ctx.names.match(last) : null
  if (named) return { kind: 'named', names: narrowed([...named.names], spans.slice(0, -1), ctx) }
  // else a description, whose head noun comes before any preposition: "the woman in Tehran"
  const prep = spans.findIndex((t) => PREPOSITION.test(t.token))
  const core = prep < 0 ? spans : spans.slice(0, prep)
  const head = core[core.length - 1]?.token
  if (head && (described || !isName(head, ctx))) {
    const fit = describedBy(spans, head, ctx)
    return fit.length ? { kind: 'described', names: fit } : null
  }
  // a person's name the coverage never quotes ("Mayor John Tory"); "the Fraser Valley" is no person
  const before = spans[spans.length - 2]?.token
  if (!isName(last, ctx) || before?.toLowerCase() === 'the') return null
  const given = before && isName(before, ctx)
  return { kind: 'unquoted', name: given ? `${before} ${last}` : last }
}

/**
 * A word that can be a person's name: capitalised (or a speaker's name written in lower case), not a place unless a
 * quoted person has that name, never a demonym.
 */
function isName(token: string, ctx: AskedContext): boolean {
  if (isAcronym(token)) return false
  const place = ctx.lexicon.place(token)
  // a quoted person's name that is also a place's ("Clinton", "Houston") is the person; a demonym never is
  if (place !== null)
    return isCapitalised(token) && place === token.toLowerCase() && ctx.names.match(token)?.how === 'exact'
  if (isCapitalised(token)) return true
  // a name written in lower case ("araghchi"), not an English word ("minister") the story only capitalises
  return (
    ctx.names.match(token)?.how === 'exact' &&
    ctx.lexicon.senses(token.toLowerCase()).length === 0 &&
    !ctx.usedInLowerCase(token.toLowerCase())
  )
}

/** Another part of the name, when it tells people with the same surname apart ("Doug McCallum", "John McCallum"). */
function narrowed(names: string[], others: readonly TokenSpan[], ctx: AskedContext): string[] {
  let out = names
  for (const t of others) {
    if (!isCapitalised(t.token)) continue
    const also = ctx.names.match(t.token)
    if (also?.how !== 'exact') continue
    const both = out.filter((n) => also.names.has(n))
    if (both.length) out = both
  }
  return out
}

function expandAbbreviations(spans: TokenSpan[]): TokenSpan[] {
  return spans.flatMap((t) => expandAbbreviation(t.token)?.map((token) => ({ ...t, token })) ?? [t])
}

/** The speakers whose profile holds the head noun (or a synonym of it) and most of the description's other words. */
/** The speakers a description fits best (none when its place or its other words fit nobody with its head noun). */
function describedBy(spans: TokenSpan[], head: string, ctx: AskedContext): string[] {
  const profiles = ctx.profiles()
  const headStem = stemToken(head)
  if (headStem === null) return []
  const heads = new Set([headStem])
  // "judge" is also "justice"; the first senses of a noun only
  for (const sense of ctx.lexicon
    .senses(head.toLowerCase())
    .filter((s) => s.pos === 'noun')
    .slice(0, 2))
    for (const w of sense.words) {
      const s = !w.includes(' ') ? stemToken(w) : null
      if (s) heads.add(s)
    }
  // the head in any of its forms counts as the head itself
  const score = new Map<string, number>()
  for (const h of heads) for (const name of profiles.speakersWith(h)) score.set(name, 0)
  if (score.size === 0) return []
  const seen = new Set<string>(heads)
  for (const t of spans) {
    if (STOP_WORDS.has(t.token.toLowerCase())) continue
    for (const term of describingTerms(t.token, ctx.lexicon)) {
      if (seen.has(term)) continue
      seen.add(term)
      const w = profiles.weight(term)
      // a place in the description must be the person's own, or the story's when the person is given none
      if (term.startsWith('place:')) {
        for (const [name, before] of score)
          if (profiles.fitsPlace(name, term)) score.set(name, before + w)
          else score.delete(name)
      } else
        for (const name of profiles.speakersWith(term)) {
          const before = score.get(name)
          if (before !== undefined) score.set(name, before + w)
        }
    }
  }
  if (score.size === 0) return []
  const best = Math.max(...score.values())
  // a description whose other words fit nobody ("formerly homeless man") tells nobody apart
  const others = spans.filter((t) => {
    const stem = stemToken(t.token)
    return stem !== null && !heads.has(stem)
  })
  if (best === 0 && others.length > 0) return []
  const fit = [...score].filter(([, s]) => s >= best - 1e-9).map(([name]) => name)
  // "which judge": a named judge rather than "a Superior Court judge", the same person left unnamed
  const named = fit.filter((name) => isCapitalised(name))
  const people = named.length ? named : fit
  // a description that fits many people equally tells nobody apart
  return people.length <= MAX_DESCRIBED ? people : []
}
