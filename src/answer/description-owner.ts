/**
 * Whose the person a description asks for is, when a possessive says so ("Clinton's campaign manager", "the British
 * PM's spokesman", "the senator's chief of staff"): the speaker's own role must name the same owner, by name ("Clinton
 * campaign manager Robby Mook", "Cameron's spokesman") or by the owner's title ("a spokesman for the senator"). Trump's
 * campaign manager is no answer to "Clinton's campaign manager", however well "campaign manager" fits him.
 */
import type { Lexicon } from '../search/lexicon.js'
import type { SpeakerNames } from '../search/speaker-names.js'
import { STOP_WORDS } from '../search/stop-words.js'
import { type TokenSpan, tokenSpans } from '../search/text-terms.js'
import { describingTerms, OWN, type SpeakerProfiles } from './speaker-profiles.js'

/** A possessive ending: "Clinton's", "the senator’s" ("Sanders'" loses its apostrophe to the tokenizer). */
const POSSESSIVE = /^(.+?)['’]s$/

/** The words that open a description, no part of its owner ("the British PM's"). */
const ARTICLE = /^(?:the|a|an)$/i

/** More people than this fitting an owner's description equally are nobody in particular. */
const MAX_OWNERS = 3

export type OwnerContext = {
  names: SpeakerNames
  profiles: SpeakerProfiles
  lexicon: Lexicon
  /** The stems of a head noun's forms ("minister": minist, …): see `headForms` in asked-speaker.ts. */
  forms: (head: string) => ReadonlySet<string>
}

/** The owner of a description: its words (from after the article to the possessive) and the possessive's index. */
export type Owner = { words: TokenSpan[]; at: number; bare: string }

/**
 * The possessive before a description's head and the words that describe the owner ("the British PM's spokesman":
 * British, prime, minister's); null without one, or when the owner is a place alone ("Australia's foreign minister",
 * read as the person's place: see `SpeakerProfiles.fitsPlace`).
 */
export function ownerOf(spans: readonly TokenSpan[], headAt: number, ctx: OwnerContext): Owner | null {
  for (let at = headAt - 1; at >= 0; at--) {
    const bare = POSSESSIVE.exec(spans[at]?.token ?? '')?.[1]
    if (bare === undefined) continue
    const person = ctx.names.match(bare)?.how === 'exact' && /^\p{Lu}/u.test(bare)
    if (!person && ctx.lexicon.place(bare) !== null) return null
    let from = 0
    while (from < at && ARTICLE.test(spans[from]?.token ?? '')) from++
    return { words: spans.slice(from, at + 1), at, bare }
  }
  return null
}

/**
 * Of the people a description fits, those whose own words name its owner, with how much the owner's word weighs;
 * null when nobody's do (the owner then tells nobody apart, and the rest of the description decides). A name ("Clinton")
 * must be in their own words; a description of a person ("the senator", "the British PM") is matched by its head
 * ("a spokesman for the senator") or by the name of the speaker it fits best ("Cameron's spokesman").
 */
export function ownedBy(
  candidates: readonly string[],
  owner: Owner,
  ctx: OwnerContext,
): { names: Set<string>; weight: number } | null {
  const terms = ownerTerms(owner, ctx)
  const kept = new Set<string>()
  let weight = 0
  for (const term of terms) {
    const holders = ctx.profiles.holders(term)
    let any = false
    for (const name of candidates)
      if (holders.get(name) === OWN) {
        kept.add(name)
        any = true
      }
    if (any) weight = Math.max(weight, ctx.profiles.weight(term))
  }
  return kept.size ? { names: kept, weight } : null
}

/** The terms that name an owner in someone's own words: its name, or its head's forms and the names of who it fits. */
function ownerTerms(owner: Owner, ctx: OwnerContext): string[] {
  const stem = (word: string) => describingTerms(word, ctx.lexicon)[0]
  const named = /^\p{Lu}/u.test(owner.bare) ? ctx.names.match(owner.bare) : undefined
  if (named?.how === 'exact') {
    // the one person of that name, by any part of their name: "Bernie's campaign manager" is "Sanders' campaign
    // manager", as reporters write a candidate's given name alone
    const [person, ...others] = named.names
    const parts = person !== undefined && others.length === 0 ? capitalisedParts(person) : []
    return [...new Set([owner.bare, ...parts].map((w) => stem(w) ?? ''))]
  }
  if (!/^\p{Ll}+$/u.test(owner.bare)) return []
  const heads = ctx.forms(owner.bare)
  // who the owner's description fits: those with its head at any strength, best by its other words
  const fit = new Map<string, number>()
  for (const h of heads)
    for (const [name, strength] of ctx.profiles.holders(h)) fit.set(name, Math.max(fit.get(name) ?? 0, strength))
  for (const t of owner.words.slice(0, -1)) {
    if (STOP_WORDS.has(t.token.toLowerCase())) continue
    // a place counts where the owner is of it or stands in a story about it ("the British PM")
    const terms = describingTerms(t.token, ctx.lexicon).flatMap((x) =>
      x.startsWith('place:') ? [x, `story-${x}`] : [x],
    )
    for (const term of terms)
      for (const [name, strength] of ctx.profiles.holders(term)) {
        const before = fit.get(name)
        if (before !== undefined) fit.set(name, before + strength)
      }
  }
  const best = Math.max(0, ...fit.values())
  const people = [...fit].filter(([name, s]) => s === best && /^\p{Lu}/u.test(name)).map(([name]) => name)
  // the surname of each (a spokesman's role names the one they speak for by it: "Cameron's spokesman"), when the
  // description tells few people apart
  const surnames =
    people.length <= MAX_OWNERS
      ? people.flatMap((name) => {
          const last = capitalisedParts(name).at(-1)
          return last === undefined ? [] : [last]
        })
      : []
  return [...heads, ...surnames.map((w) => stem(w) ?? '')].filter((t) => t !== '')
}

/** The capitalised words of a person's name ("Bernie Sanders": Bernie, Sanders), not its initials. */
const capitalisedParts = (name: string): string[] =>
  tokenSpans(name)
    .filter((t) => /^\p{Lu}\p{Ll}/u.test(t.token))
    .map((t) => t.token)
