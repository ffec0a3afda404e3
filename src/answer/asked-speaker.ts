/**
 * Who a question's speaker slot (see `findSpeakerSlot`) means. A slot whose head is a name ("Liberal MP Sean
 * Fraser", "Vickers", "al-Shabab") names a person: the speakers with that name part, allowing one edit or the same
 * sound; nobody, when the coverage never quotes them. A slot whose head is a common noun ("Australia's foreign
 * minister", "the Yellowhead MP", "which judge") describes a person: the speakers whose profile (see
 * `SpeakerProfiles`) matches the head, and best the other words. A place or a demonym names nobody.
 */
import { expandAbbreviation, expandAbbreviations } from '../search/abbreviations.js'
import type { Lexicon } from '../search/lexicon.js'
import type { SpeakerNames } from '../search/speaker-names.js'
import type { SpeakerSlot } from '../search/speaker-slot.js'
import { STOP_WORDS } from '../search/stop-words.js'
import { stemToken, type TokenSpan, tokenSpans } from '../search/text-terms.js'
import { likelyGenderOfGivenName } from '../story/quotes/given-names.js'
import { ownedBy, ownerOf } from './description-owner.js'
import { compoundModifier, spelledHead } from './head-spelling.js'
import { describingTerms, OWN, type SpeakerProfiles } from './speaker-profiles.js'
import { STANCE_HOLDERS, type Stance, stancesOf } from './stance.js'

export type AskedSpeaker =
  /** A person named in the question and quoted in the coverage: only their statements answer. */
  | { kind: 'named'; names: string[] }
  /** The speakers a description fits: their statements are preferred. */
  | { kind: 'described'; names: string[] }
  /** A person named in the question whom the coverage never quotes. */
  | { kind: 'unquoted'; name: string }

/** More people than this fitting a description equally means it describes nobody in particular. */
const MAX_DESCRIBED = 5

/** People whose fit is at least this share of the best one's fit the description as well (their words decide). */
const NEAR_TIE = 0.8

/** How well a narrower kind of person in someone's own role fits a description, beside the description's head. */
const NARROWER_FIT = 0.7

/** The stems of the roles through which an organisation speaks. */
const SPOKES = ['spokesman', 'spokeswoman', 'spokesperson', 'spokespeopl', 'offici', 'aid']

/** Where a description's head noun ends: "the woman in Tehran", "Canada's ambassador to China". */
const PREPOSITION =
  /^(?:of|from|in|at|for|with|to|on|by|behind|inside|outside|near|over|under|during|within|among|between|against|around)$/i

const isAcronym = (token: string) => /^\p{Lu}{2,5}$/u.test(token)
const isCapitalised = (token: string) => /^\p{Lu}/u.test(token)

export type AskedContext = {
  names: SpeakerNames
  profiles: () => SpeakerProfiles
  lexicon: Lexicon
  /** Whether the story uses a word in lower case (a common word, not only a name). */
  usedInLowerCase: (word: string) => boolean
  /** The speakers the question names outside the slot: its topic ("Did the CNN president agree to pay Trump?"). */
  topics?: ReadonlySet<string>
  /**
   * The speakers quoted where the coverage writes a description's head (one of these stems) with its qualifier (one
   * of these written forms): see `introducedAs`.
   */
  introducedAs?: (heads: readonly string[], written: readonly string[]) => string[]
  /** The named people who speak, in the paragraph after, for an unnamed speaker: see `namedAfter`. */
  namedAfter?: (described: string) => string[]
}

/** A slot's words, abbreviations written out; whether it opens with an article (a description, not a name). */
function slotWords(slot: SpeakerSlot): { spans: TokenSpan[]; described: boolean } {
  const spans = expandAbbreviations(joinInitials(tokenSpans(slot.text), slot.text)).filter(
    (t) => !/^['’]?s$/.test(t.token),
  )
  return { spans, described: /^(?:the|a|an)$/i.test(spans[0]?.token ?? '') }
}

/**
 * Initials written with periods ("B.C.'s premier"), which split into letters, as one token as written ("B.C."), so
 * that a place newsrooms shorten so is found (see `expandAbbreviation`).
 */
function joinInitials(spans: readonly TokenSpan[], text: string): TokenSpan[] {
  const out: TokenSpan[] = []
  for (let i = 0; i < spans.length; i++) {
    const first = spans[i] as TokenSpan
    let j = i
    while (/^\p{Lu}$/u.test(spans[j]?.token ?? '') && text[(spans[j] as TokenSpan).end] === '.') j++
    if (j - i < 2) {
      out.push(first)
      continue
    }
    const end = (spans[j - 1] as TokenSpan).end + 1
    out.push({ token: text.slice(first.start, end), start: first.start, end })
    i = j - 1
  }
  return out
}

/**
 * A description's head noun, which comes before any preposition or relative clause: "the woman in Tehran", "the
 * Filipino congressman who wants Trump barred", "the retired mailman holding a Trump sign".
 */
function headOf(
  spans: readonly TokenSpan[],
  lexicon: Lexicon,
): { head: string | undefined; prep: number; leads: boolean } {
  // a preposition between capitalised words is inside a name ("Democracy for America's executive director", "the
  // Bank of Canada governor")
  const prep = spans.findIndex(
    (t, i) =>
      i > 0 &&
      PREPOSITION.test(t.token) &&
      !(isCapitalised(spans[i - 1]?.token ?? '') && isCapitalised(spans[i + 1]?.token ?? '')),
  )
  // a relative clause, or a participle with its object after a person ("the retired mailman holding a Trump sign")
  const relative = spans.findIndex(
    (t, i) =>
      i > 0 &&
      (/^(?:who|whom|whose|which|that)$/i.test(t.token) ||
        (/^\p{Ll}+ing$/u.test(t.token) &&
          /^(?:a|an|the|his|her|their|its)$/i.test(spans[i + 1]?.token ?? '') &&
          namesSomeone(spans[i - 1]?.token ?? '', lexicon, false))),
  )
  const end = Math.min(prep < 0 ? spans.length : prep, relative < 0 ? spans.length : relative)
  const written = spans[end - 1]?.token
  const head = written === undefined ? undefined : spelledHead(written, lexicon)
  // "the head of the super PAC", "the chair of the board": a noun with "of" after it in its sense of a person
  const leads =
    head !== undefined &&
    /^of$/i.test(spans[end]?.token ?? '') &&
    lexicon.senses(head.toLowerCase()).some((s) => s.pos === 'noun' && s.file === 'noun.person')
  return { head, prep, leads }
}

export function resolveSlot(slot: SpeakerSlot, ctx: AskedContext): AskedSpeaker | null {
  const { spans, described } = slotWords(slot)
  const last = spans[spans.length - 1]?.token
  if (!last) return null
  // a name at the end: "Liberal MP Sean Fraser", "former Bank of Canada governor David Dodge", "Vickers"; after an
  // article it is a title, not a name ("the Foreign Minister")
  // (and after a title in lower case, a given name and a surname are a name too: "the ex-Pa. gov Ed Rendell")
  const named = (!described || titledName(spans)) && isName(last, ctx) ? ctx.names.match(last) : null
  if (named) {
    const names = ofGiven(narrowed([...named.names], spans.slice(0, -1), ctx), spans)
    if (names.length) return { kind: 'named', names }
    // only people of the other gender have the surname: the person asked about is never quoted
    return slot.says
      ? {
          kind: 'unquoted',
          name: spans
            .slice(-2)
            .map((t) => t.token)
            .join(' '),
        }
      : null
  }
  // a country named with its article ("the US", "the Netherlands") is a name too
  if (
    described &&
    spans.length > 1 &&
    spans.slice(1).every((t) => isCapitalised(t.token) && ctx.lexicon.place(t.token))
  )
    return null
  const { head, prep, leads } = headOf(spans, ctx.lexicon)
  // a name the coverage never quotes ("Mayor John Tory", "Hershey", "Hun Sen"); not a place after a preposition
  // ("ordinary people in Tehran"), nor "the Fraser Valley"
  if (!described && isProperNoun(last, ctx) && !(prep >= 0 && ctx.lexicon.place(last) !== null)) {
    // a country or a city speaks for its government ("What did Washington announce?"), often without quotes
    if (!slot.says || ctx.lexicon.senses(last).find((s) => s.pos === 'noun')?.file === 'noun.location') return null
    const before = spans[spans.length - 2]?.token
    return { kind: 'unquoted', name: before && isProperNoun(before, ctx) ? `${before} ${last}` : last }
  }
  // else a description
  if (!head || (!described && isName(head, ctx))) return null
  const stances = stancesOf(slot.text)
  let fit = describedBy(spans, head, ctx, leads, stances)
  // a compound of two kinds of person ("the refugee activist"): the first fits when the head fits nobody
  const modifier = fit.names.length ? null : compoundModifier(spans, head, ctx.lexicon)
  if (modifier) fit = describedBy(spans, modifier, ctx, false, stances)
  // a person who changed careers ("the ex-Bear Stearns managing director turned novelist"): either role says who
  // they are, the earlier one when nobody has the later
  const turned = fit.names.length ? -1 : spans.findIndex((t, i) => i > 0 && /^turned$/i.test(t.token))
  const before = turned > 0 ? spans[turned - 1]?.token : undefined
  if (before && /^\p{Ll}+$/u.test(before) && namesSomeone(before, ctx.lexicon, false))
    fit = describedBy(spans.slice(0, turned), before, ctx, false, stances)
  // a stance nobody with the head holds: the coverage may name the person by the stance alone ("an abortion
  // opponent" for "the anti-abortion activist", "Brexit supporters" for "a pro-Brexit MP")
  const side = fit.names.length ? undefined : stances[0]?.side
  if (side) fit = describedBy(spans, STANCE_HOLDERS[side], ctx, false, stances)
  if (fit.names.length) return { kind: 'described', names: speakingFor(fit.names, head, ctx) }
  // a kind of person of a nation nobody quoted is of ("Which Omani official …" when no Omani speaks): nobody (a place
  // named as such may go unsaid beside a known person: "the Arizona senator" for a McCain the story never places)
  if (!fit.otherPlace)
    return slot.says && ofNoSpeakersPlace(spans, ctx, true) ? { kind: 'unquoted', name: slot.text } : null
  // people the coverage gives the role, none of them of the place asked about: the person it describes so in so many
  // words, quoting them by name alone ("That's a claim B.C.'s premier didn't buy." and then Horgan's words) …
  const introduced = fit.byPlace ? introducedPeople(slot, spans, head, ctx) : []
  if (introduced.length) return { kind: 'described', names: introduced }
  // … else nobody so described is quoted ("Oman's foreign minister" when only Iran's is)
  // (asked which one, when nobody quoted is of that place at all: "Which Omani official …")
  return slot.says && (!slot.asked || ofNoSpeakersPlace(spans, ctx)) ? { kind: 'unquoted', name: slot.text } : null
}

/**
 * Whether a description says whose place the person is of ("Omani", "Oman's", not "in Oman"; with `demonymsOnly`,
 * only a nationality's word) and no speaker's own words put them there, so that nobody quoted can be the person.
 */
function ofNoSpeakersPlace(spans: readonly TokenSpan[], ctx: AskedContext, demonymsOnly = false): boolean {
  const profiles = ctx.profiles()
  const prep = spans.findIndex((t) => PREPOSITION.test(t.token))
  const whose = prep < 0 ? spans : spans.slice(0, prep)
  const places = whose.flatMap((t) =>
    isCapitalised(t.token) && !(demonymsOnly && namesPlace(t.token, ctx.lexicon))
      ? describingTerms(t.token, ctx.lexicon).filter((x) => x.startsWith('place:'))
      : [],
  )
  return places.length > 0 && places.every((place) => !profiles.anyoneOf(place))
}

/**
 * An organisation described and quoted without a name ("a major Muslim civil rights group says …") speaks through the
 * person the paragraph after names and quotes: that person is the one asked about (as a named judge is, before "a
 * Superior Court judge"). A person so described is not: the next person named is as often someone else.
 */
function speakingFor(names: string[], head: string, ctx: AskedContext): string[] {
  if (!ctx.namedAfter || nounKind(head, ctx.lexicon) !== 'organisation' || names.some((n) => isCapitalised(n)))
    return names
  const named = [...new Set(names.flatMap((n) => ctx.namedAfter?.(n) ?? []))]
  return named.length && named.length <= MAX_DESCRIBED ? named : names
}

/**
 * The speakers a given name before the surname can be: none when the name tables give it one gender ("Diane
 * Guerrero") and every speaker of the surname a given name of the other ("Carlos Guerrero"). Nicknames keep their gender
 * ("Bill" for "William"), a short form the start of the name ("Chris" for Christine); a name the tables lack rules
 * nobody out.
 */
function ofGiven(names: string[], spans: readonly TokenSpan[]): string[] {
  const given = spans[spans.length - 2]?.token
  const last = spans[spans.length - 1]?.token
  if (!given || !last || !isCapitalised(given)) return names
  const gender = likelyGenderOfGivenName(`${given} ${last}`)
  if (!gender) return names
  // a short form keeps the start of the name, whatever gender the tables give it ("Chris" for Christine)
  const start = given.slice(0, 3).toLowerCase()
  const other = (name: string) => {
    const theirs = likelyGenderOfGivenName(name)
    return theirs !== null && theirs !== gender && !name.toLowerCase().startsWith(start)
  }
  // only when every speaker of the surname is so ruled out: among several, the surname alone may be the one asked
  // about, named elsewhere in full
  return names.every(other) ? [] : names
}

/**
 * Whether a description ends in a name after a title written in lower case ("the ex-Pa. gov Ed Rendell", "the
 * actress Diane Guerrero"): two capitalised words right after a title in lower case. A title written in capitals ("the
 * Foreign Minister") is no name.
 */
function titledName(spans: readonly TokenSpan[]): boolean {
  const n = spans.length
  if (n < 4) return false
  const given = spans[n - 2]?.token ?? ''
  const last = spans[n - 1]?.token ?? ''
  return (
    isCapitalised(given) &&
    isCapitalised(last) &&
    !isAcronym(given) &&
    /^\p{Ll}/u.test(spans[n - 3]?.token ?? '') &&
    // a name after a preposition is the description's object ("the mother of Benghazi victim Sean Smith")
    !spans.slice(0, n - 2).some((t) => PREPOSITION.test(t.token))
  )
}

/**
 * The people the coverage quotes where it writes a description's place with its head (see `introducedAs`), and of
 * no other place by their own words.
 */
function introducedPeople(slot: SpeakerSlot, spans: readonly TokenSpan[], head: string, ctx: AskedContext): string[] {
  if (!ctx.introducedAs) return []
  const written: string[] = []
  for (const t of joinInitials(tokenSpans(slot.text), slot.text)) {
    const long = expandAbbreviation(t.token)
    const bare = t.token.replace(/['’]s$/, '')
    if (long?.every((w) => isCapitalised(w))) written.push(bare, long.join(' ').replace(/['’]s$/, ''))
    else if (isCapitalised(t.token) && ctx.lexicon.place(bare) !== null) written.push(bare)
  }
  const places = spans.flatMap((t) => describingTerms(t.token, ctx.lexicon).filter((x) => x.startsWith('place:')))
  if (!written.length || !places.length) return []
  const profiles = ctx.profiles()
  const people = ctx
    .introducedAs([...headForms(head, ctx.lexicon).heads], written)
    .filter((name) => !places.some((place) => profiles.isOfOtherPlace(name, place)))
  return people.length <= MAX_DESCRIBED ? people : []
}

/**
 * The words a passage must hold to quote someone a slot describes when the coverage gives nobody that description
 * in so many words (see `describedBy`): the stems of its head noun, of its first senses' synonyms and of the narrower
 * kinds of person it names ("the state party chairman": chairman, chair, …). Empty when the slot names someone
 * (or a place, or a thing) rather than describing a person or an organisation.
 */
export function describingForms(slot: SpeakerSlot, ctx: AskedContext): string[] {
  const { spans, described } = slotWords(slot)
  const last = spans[spans.length - 1]?.token
  if (!last || (!described && (isName(last, ctx) || isProperNoun(last, ctx)))) return []
  const { head, leads } = headOf(spans, ctx.lexicon)
  if (!head || (!described && isName(head, ctx)) || !(leads || namesSomeone(head, ctx.lexicon))) return []
  const { heads, narrower } = headForms(head, ctx.lexicon, leads)
  return [...heads, ...narrower]
}

/**
 * A head noun's stems: its own and its first senses' synonyms ("judge" is also "justice"), and the narrower kinds of
 * person it names (see `Lexicon.narrower`).
 */
function headForms(head: string, lexicon: Lexicon, leads = false): { heads: Set<string>; narrower: Set<string> } {
  const heads = new Set<string>()
  const headStem = stemToken(head)
  if (headStem !== null) heads.add(headStem)
  for (const sense of lexicon
    .senses(head.toLowerCase())
    .filter((s) => s.pos === 'noun' && (!leads || s.file === 'noun.person'))
    .slice(0, 2))
    for (const w of sense.words) {
      const s = !w.includes(' ') ? stemToken(w) : null
      if (s) heads.add(s)
    }
  // a role named for a man, a woman or a person is one role ("spokesman", "spokeswoman", "spokesperson")
  for (const w of genderedForms(head)) {
    const s = stemToken(w)
    if (s) heads.add(s)
  }
  const narrower = new Set<string>()
  for (const w of [...(lexicon.narrower?.(head) ?? []), ...domainParts(head, lexicon)]) {
    const stem = stemToken(w)
    if (stem && !heads.has(stem)) narrower.add(stem)
  }
  return { heads, narrower }
}

/**
 * The institutions of the field a kind of person is named for, which someone's own words name when they are of that
 * kind ("an academic": of academia, whose parts are universities and colleges; "a US foreign policy expert at Kuwait
 * University"): the parts and members (see `Lexicon.parts`) of the nouns WordNet derives from the head's senses of a
 * person, directly ("academy") or through an adjective that pertains to one ("academic" → "academia").
 */
function domainParts(head: string, lexicon: Lexicon): string[] {
  if (!lexicon.parts) return []
  const fields = new Set<string>()
  const isField = (word: string) => lexicon.senses(word).some((s) => s.pos === 'noun' && s.file !== 'noun.person')
  for (const sense of lexicon
    .senses(head.toLowerCase())
    .filter((s) => s.pos === 'noun')
    .slice(0, 2))
    if (sense.file === 'noun.person')
      for (const derived of sense.derived ?? [])
        for (const other of lexicon.senses(derived)) {
          if (!other.words.includes(derived)) continue
          if (other.pos === 'noun' && other.file !== 'noun.person') fields.add(derived)
          if (other.file === 'adj.pert') for (const w of other.derived ?? []) if (isField(w)) fields.add(w)
        }
  return [...fields].flatMap((field) => lexicon.parts?.(field) ?? [])
}

/**
 * The forms of a role named for a man, a woman or a person ("chairman": "chairwoman", "chairperson"; "spokesmen":
 * "spokeswomen", "spokespeople").
 */
function genderedForms(head: string): string[] {
  const one = /^(\p{Ll}{3,}?)(?:woman|man|person)$/u.exec(head)?.[1]
  if (one) return [`${one}man`, `${one}woman`, `${one}person`]
  const many = /^(\p{Ll}{3,}?)(?:women|men|people)$/u.exec(head)?.[1]
  return many ? [`${many}men`, `${many}women`, `${many}people`] : []
}

/** A capitalised word that can name someone: not an acronym ("MP") nor a demonym ("Canadian"); a place may. */
function isProperNoun(token: string, ctx: AskedContext): boolean {
  if (!isCapitalised(token) || isAcronym(token)) return false
  return ctx.lexicon.place(token) === null || namesPlace(token, ctx.lexicon)
}

/** Whether a word is the name of a place ("Houston", "Clinton"), not a demonym ("Canadian"). */
const namesPlace = (token: string, lexicon: Lexicon) =>
  lexicon.senses(token.replace(/['’]s$/, '')).some((s) => s.pos === 'noun' && s.file === 'noun.location')

/**
 * A word that can be a person's name: capitalised (or a speaker's name written in lower case), not a place unless a
 * quoted person has that name, never a demonym.
 */
function isName(token: string, ctx: AskedContext): boolean {
  if (isAcronym(token)) return false
  const place = ctx.lexicon.place(token)
  // a quoted person's name that is also a place's ("Clinton", "Houston") is the person; a demonym never is
  if (place !== null)
    return isCapitalised(token) && namesPlace(token, ctx.lexicon) && ctx.names.match(token)?.how === 'exact'
  if (isCapitalised(token)) return true
  // a name written in lower case ("araghchi"), not an English word ("minister") the story only capitalises
  return (
    ctx.names.match(token)?.how === 'exact' &&
    ctx.lexicon.senses(token.toLowerCase()).length === 0 &&
    !ctx.usedInLowerCase(token.toLowerCase())
  )
}

/**
 * Another part of the name, when it tells people with the same surname apart ("Doug McCallum", "John McCallum"); a
 * speaker known by that other part alone is the same person ("Lou" for "Lou Jiwei").
 */
function narrowed(names: string[], others: readonly TokenSpan[], ctx: AskedContext): string[] {
  let out = names
  const partial = new Set<string>()
  const asked = new Set(others.map((t) => t.token.toLowerCase()))
  for (const t of others) {
    if (!isCapitalised(t.token)) continue
    const also = ctx.names.match(t.token)
    if (also?.how !== 'exact') continue
    const both = out.filter((n) => also.names.has(n))
    if (both.length) out = both
    // a speaker named by this part alone ("Lou", as "Mr. Lou" for "Lou Jiwei", whose family name comes first)
    for (const n of also.names) if (tokenSpans(n).every((w) => asked.has(w.token.toLowerCase()))) partial.add(n)
  }
  return [...new Set([...out, ...partial])]
}

type Fit = {
  /** The speakers the description fits best. */
  names: string[]
  /**
   * Whether people with the head noun were found, and the description's place or organisation ruled every one of
   * them out.
   */
  otherPlace: boolean
  /** Whether it was the description's place that ruled them out (not its organisation or its kind of title). */
  byPlace?: boolean
}

/**
 * The speakers a description fits best: those whose profile holds the head noun (or a synonym of it) and most of
 * its other words; none when its place or its other words fit nobody with its head noun. The person a description
 * names is not the person it describes ("the Cruz campaign", "Sanders' campaign manager").
 */
function describedBy(
  spans: TokenSpan[],
  head: string,
  ctx: AskedContext,
  leads: boolean,
  stances: readonly Stance[] = [],
): Fit {
  const none = (otherPlace = false): Fit => ({ names: [], otherPlace })
  const profiles = ctx.profiles()
  const { heads, narrower } = headForms(head, ctx.lexicon, leads)
  if (heads.size === 0) return none()
  // the head in any of its forms counts as the head itself, as strongly as the profile holds it
  const headWeight = Math.max(...[...heads].map((h) => profiles.weight(h)))
  const score = new Map<string, number>()
  // a group ("a wide array of economists", "the House of Representatives") is not the one person a singular head
  // asks for ("which economist", "the congressman")
  const plural = /s$/i.test(head)
  const group = (name: string) =>
    !plural && tokenSpans(name).some((t) => /s$/i.test(t.token) && heads.has(stemToken(t.token) ?? ''))
  // the head in someone's own words ("Texas Sen. Ted Cruz") rules out those who only stand near it ("a pollster
  // who supported Texas Sen. Ted Cruz")
  const owners = [...heads].some((h) => [...profiles.holders(h).values()].some((x) => x === OWN))
  for (const h of heads)
    for (const [name, strength] of profiles.holders(h))
      if (!group(name) && (strength === OWN || !owners))
        score.set(name, Math.max(score.get(name) ?? 0, strength * headWeight))
  // a description at a more general level than the role the coverage gives ("the lawmaker" for a senator, "Iran's
  // top diplomat" for its foreign minister): a narrower kind of person in someone's own role fits, less than the
  // head itself
  let narrowFit = 0
  for (const n of narrower)
    for (const [name, strength] of profiles.holders(n))
      if (strength === OWN && !group(name)) {
        narrowFit = NARROWER_FIT * headWeight
        score.set(name, Math.max(score.get(name) ?? 0, narrowFit))
      }
  // an organisation ("the Cruz campaign", "the ministry") speaks through its spokespeople and officials; a
  // description of anything else ("the carbon tax") is no speaker's
  const kind = leads ? 'person' : nounKind(head, ctx.lexicon)
  if (kind === 'thing') return none()
  if (kind === 'organisation')
    for (const word of SPOKES)
      for (const [name, strength] of profiles.holders(word))
        score.set(name, Math.max(score.get(name) ?? 0, strength * headWeight))
  if (score.size === 0) return none()
  // the person a description names is not the one it describes: "the Cruz campaign", "Sanders campaign manager"
  const bare = (w: string) => w.toLowerCase().replace(/’/g, "'").replace(/'s$/, '')
  spans.forEach((t, i) => {
    if (!isName(t.token, ctx)) return
    const named = ctx.names.match(t.token)
    if (named?.how !== 'exact') return
    for (const name of named.names)
      if (tokenSpans(name).some((w) => bare(w.token) === bare(t.token)) && !namesTheirThing(spans, i, name, profiles))
        score.delete(name)
  })

  // nor the person the question is about
  for (const name of ctx.topics ?? []) score.delete(name)
  // whose the person is ("Clinton's campaign manager"): their own words must name the owner, whose words then say
  // nothing more of the person
  const ownerContext = {
    names: ctx.names,
    profiles,
    lexicon: ctx.lexicon,
    forms: (w: string) => headForms(w, ctx.lexicon).heads,
  }
  const owner = ownerOf(
    spans,
    spans.findLastIndex((t) => t.token === head),
    ownerContext,
  )
  const owned = owner && ownedBy([...score.keys()], owner, ownerContext)
  if (owned) {
    for (const name of score.keys()) if (!owned.names.has(name)) score.delete(name)
    for (const [name, s] of score) score.set(name, s + owned.weight)
  }
  const own = owned && owner ? spans.slice(owner.at + 1) : spans
  // an organisation the description names ("Democracy for America's executive director", "the RNC's chief
  // strategist", "the California Democratic Party chairman") must be the person's: their profile holds each of its
  // words (or its initials: "HRW" for Human Rights Watch), at any strength (the article's own organisation, in its
  // headline, fits)
  const organisation = organisationWords(own, head, ctx)
  if (organisation.words.length) {
    const initials = profiles.holders(organisation.initials)
    // each word's holders once, not once a candidate
    const held = organisation.words.map((term) => profiles.holders(term))
    for (const name of score.keys()) if (!initials.has(name) && !held.every((h) => h.has(name))) score.delete(name)
    // nobody so described when no profile at all holds a word of it; else someone placed in it may answer for it,
    // or a passage may still describe someone so
    const members = score.size === 0 && kind === 'person' ? membersOf(own, head, ctx) : []
    if (members.length) return { names: members, otherPlace: false }
    if (score.size === 0) return none(held.every((h) => h.size === 0))
  }
  // a title of two words the coverage gives someone ("defense minister") is not another title of the same head
  // ("foreign minister"): the word before the head must be the person's own
  const kindOf = titleModifier(spans, head, ctx)
  if (kindOf) {
    const own = profiles.holders(kindOf)
    for (const name of score.keys()) if (own.get(name) !== OWN) score.delete(name)
    if (score.size === 0) return none(true)
  }
  // a stance ("anti-abortion activist", "pro-Brexit MP") is what the description says of the person: someone whose
  // profile never names what it is about is not so described, however well the head fits
  // (a place in any of its forms: "pro-Russia" is held by "pro-Russian")
  for (const { object } of stances) {
    const holders = describingTerms(object, ctx.lexicon).map((term) => profiles.holders(term))
    for (const name of score.keys()) if (!holders.some((h) => h.has(name))) score.delete(name)
  }
  const seen = new Set<string>(heads)
  let where = false
  let afterHead = false
  for (const t of own) {
    // a place after "in", "at" or "outside" is where the person is, not whose they are
    if (/^(?:in|at|outside|inside|near|around)$/i.test(t.token)) where = true
    if (heads.has(stemToken(t.token) ?? '')) afterHead = true
    if (STOP_WORDS.has(t.token.toLowerCase())) continue
    // a quoted person's name after the head ("the only senator to endorse Sanders") tells what the person did about
    // that one only in their own words: a story about that person names them near all it quotes (before the head a
    // name says whose they are, "a Veterans Affairs spokesman", which the story may say nearby)
    const aName = afterHead && isCapitalised(t.token) && ctx.names.match(t.token)?.how === 'exact'
    for (const term of describingTerms(t.token, ctx.lexicon)) {
      if (seen.has(term)) continue
      seen.add(term)
      const w = profiles.weight(term)
      if (term.startsWith('place:')) {
        // everyone with the head is of another place: nobody so described is quoted
        if (!where && [...score.keys()].every((name) => profiles.isOfOtherPlace(name, term)))
          return { names: [], otherPlace: true, byPlace: true }
        // where the person was seen ("outside the Manchester polling place") may go unsaid near their name: it
        // tells apart only those it fits
        if (where && ![...score.keys()].some((name) => profiles.fitsPlace(name, term, where))) continue
        for (const [name, s] of score)
          if (profiles.fitsPlace(name, term, where)) score.set(name, s + w)
          else score.delete(name)
      } else {
        for (const [name, strength] of profiles.holders(term)) {
          const before = score.get(name)
          if (before !== undefined && (!aName || strength === OWN)) score.set(name, before + w * strength)
        }
      }
    }
  }
  if (score.size === 0) return none()
  const best = Math.max(...score.values())
  // a description whose other words fit nobody ("formerly homeless man") tells nobody apart
  const others = own.filter((t) => {
    const stem = stemToken(t.token)
    return stem !== null && !heads.has(stem) && !STOP_WORDS.has(t.token.toLowerCase())
  })
  const headOnly = Math.max(
    narrowFit,
    ...[...heads].map((h) => Math.max(0, ...profiles.holders(h).values()) * headWeight),
  )
  // (unless one person alone is given a head that is no general word in their own words, and the other words are
  // ordinary ones, not a name that says whose they are: "Which veteran caddie …" when the one caddie's age is all
  // that is said of his years, but not "Di Giorgio's exec VP")
  const alone =
    score.size === 1 &&
    others.every((t) => !isCapitalised(t.token)) &&
    [...heads].some((h) => profiles.holders(h).get([...score.keys()][0] ?? '') === OWN)
  if (best <= headOnly + 1e-9 && others.length > 0 && !(alone && !isGeneral(head, ctx.lexicon)))
    return kind === 'person' ? { names: membersOf(own, head, ctx), otherPlace: false } : none()
  const fit = [...score].filter(([, s]) => s >= NEAR_TIE * best - 1e-9).map(([name]) => name)
  // "which judge": a named judge rather than "a Superior Court judge", the same person left unnamed
  const named = fit.filter((name) => isCapitalised(name))
  const people = named.length ? named : fit
  // a description that fits many people equally tells nobody apart
  return { names: people.length <= MAX_DESCRIBED ? people : [], otherPlace: false }
}

/**
 * The people the coverage places in an organisation a description names before its head when nobody with the head
 * is of it ("the Suffolk University pollster" for "David Paleologos, director of the Suffolk University Political
 * Research Center"): those whose own words hold each capitalised word before the head, a person and not the
 * organisation itself (its poll, credited to "Suffolk University"); none when more than a few are.
 */
function membersOf(spans: readonly TokenSpan[], head: string, ctx: AskedContext): string[] {
  const at = spans.findLastIndex((t) => t.token === head)
  const words = spans
    .slice(0, Math.max(0, at))
    .filter(
      (t) => isCapitalised(t.token) && !STOP_WORDS.has(t.token.toLowerCase()) && ctx.lexicon.place(t.token) === null,
    )
    .map((t) => stemToken(t.token))
    .filter((w): w is string => w !== null)
  if (words.length < 2) return []
  const profiles = ctx.profiles()
  const held = words.map((w) => profiles.holders(w))
  const isOrganisation = (name: string) => {
    const own = new Set(tokenSpans(name).map((t) => stemToken(t.token)))
    return words.every((w) => own.has(w))
  }
  const people = [...(held[0]?.keys() ?? [])].filter(
    (name) => isCapitalised(name) && held.every((h) => h.get(name) === OWN) && !isOrganisation(name),
  )
  return people.length <= MAX_DESCRIBED ? people : []
}

/**
 * Whether the part of a person's name at `i` is inside a longer name their profile holds, a thing of theirs named
 * after them ("the Morning Joe host" for Joe Scarborough, host of "Morning Joe"), rather than naming the person
 * ("the Cruz campaign", "the Bernie Sanders campaign"): the other capitalised words around it are no part of their
 * name, and their profile holds each.
 */
function namesTheirThing(spans: readonly TokenSpan[], i: number, name: string, profiles: SpeakerProfiles): boolean {
  let from = i
  while (from > 0 && isCapitalised(spans[from - 1]?.token ?? '')) from--
  let to = i + 1
  while (to < spans.length && isCapitalised(spans[to]?.token ?? '')) to++
  const own = new Set(tokenSpans(name).map((w) => w.token.toLowerCase()))
  const others = spans
    .slice(from, to)
    .map((t) => t.token.replace(/['’]s?$/, ''))
    .filter((w) => !own.has(w.toLowerCase()))
  return (
    others.length > 0 &&
    others.every((w) => {
      const stem = stemToken(w)
      return stem !== null && profiles.holders(stem).has(name)
    })
  )
}

/**
 * The stems of the words naming an organisation in a description with a head in lower case, and their initials: the
 * capitalised words of a name that says whose the person is, by a possessive ("Democracy for America's executive
 * director"), after a preposition ("the executive director of Human Rights Watch"), or as a name of two words or
 * more or initials before the head ("the California Democratic Party chairman", "the RNC spokesman"); not a single
 * word before the head, as often a party or a region the coverage leaves unsaid ("the Republican senator", "the
 * Gulf academic"). Places ("California": see `fitsPlace`) and parts of a quoted person's name, even misspelt ("the
 * Ortega campaign", "Kelly Ayote's campaign manager": see `describedBy`) are no words of it. A description whose
 * head is capitalised is a title ("the Foreign Minister"), with no organisation.
 */
function organisationWords(
  spans: readonly TokenSpan[],
  head: string,
  ctx: AskedContext,
): { words: string[]; initials: string } {
  const words: string[] = []
  let initials = ''
  if (isCapitalised(head)) return { words, initials }
  // runs of capitalised words, with the function words inside a name ("Democracy for America")
  for (let i = 0; i < spans.length; i++) {
    if (!isCapitalised(spans[i]?.token ?? '')) continue
    let end = i + 1
    while (
      end < spans.length &&
      (isCapitalised(spans[end]?.token ?? '') ||
        (/^(?:of|for|and|the)$/i.test(spans[end]?.token ?? '') && isCapitalised(spans[end + 1]?.token ?? '')))
    )
      end++
    const run = spans.slice(i, end).filter((t) => isCapitalised(t.token))
    const last = run[run.length - 1]?.token ?? ''
    const whose =
      /['’]s?$/.test(last) ||
      PREPOSITION.test(spans[i - 1]?.token ?? '') ||
      run.length >= 2 ||
      (run.length === 1 && isAcronym(last))
    i = end - 1
    if (!whose) continue
    for (const t of run) {
      if (STOP_WORDS.has(t.token.toLowerCase()) || ctx.lexicon.place(t.token) !== null) continue
      const word = t.token.replace(/['’]s?$/, '')
      // a word the lexicon knows only as an adjective describes the person, it names no organisation ("the Senate
      // Democratic leader" for "Senate minority leader Harry Reid"): it weighs as the description's other words
      if (adjectiveOnly(word, ctx)) continue
      // a name part of someone's name, not a word of another description ("Democratic" in "a former executive
      // director of the New York Democratic Party")
      const named = ctx.names.match(word)
      if (named && [...named.names].some((n) => tokenSpans(n).some((x) => x.token.toLowerCase() === named.part)))
        continue
      const stem = stemToken(word)
      if (stem === null || stem === stemToken(head)) continue
      words.push(stem)
      initials += isAcronym(word) ? word.toLowerCase() : word.charAt(0).toLowerCase()
    }
  }
  return { words, initials }
}

/**
 * The stem of the word in lower case right before a description's head ("the Polish defense minister": "defens")
 * when the coverage gives someone that word and the head in their own title, so that it names a kind of the head
 * ("defense minister", not "foreign minister"); null otherwise (a place, a word nobody's title holds: "the top
 * diplomat", "the veteran caddie").
 */
function titleModifier(spans: readonly TokenSpan[], head: string, ctx: AskedContext): string | null {
  const at = spans.findIndex((t) => t.token === head)
  const word = spans[at - 1]?.token ?? ''
  if (at < 1 || !/^\p{Ll}+$/u.test(word) || STOP_WORDS.has(word) || ctx.lexicon.place(word) !== null) return null
  const stem = stemToken(word)
  const headStem = stemToken(head)
  if (stem === null || headStem === null) return null
  const profiles = ctx.profiles()
  const heads = profiles.holders(headStem)
  for (const [name, strength] of profiles.holders(stem)) if (strength === OWN && heads.get(name) === OWN) return stem
  return null
}

/** Whether the lexicon knows a word, and only as an adjective ("Democratic", not "Republican" or "Senate"). */
function adjectiveOnly(word: string, ctx: AskedContext): boolean {
  const senses = ctx.lexicon.senses(word)
  return senses.length > 0 && senses.every((s) => s.pos === 'adj')
}

/** A noun with this many narrower kinds of person or more is a general word ("man", "official", "leader"). */
const GENERAL_KINDS = 50

/**
 * Whether a head noun is a general word for people ("the formerly homeless man"), which only its other words can
 * tie to one person; a lexicon that cannot say makes every head general.
 */
const isGeneral = (head: string, lexicon: Lexicon) =>
  /^(?:people|persons?|someone|individual)$/i.test(head) ||
  (lexicon.narrower?.(head)?.length ?? GENERAL_KINDS) >= GENERAL_KINDS

/**
 * Whether a noun's first senses name a person or a group of people ("mailman", "police"), not an event; a word the
 * lexicon lacks may be a title of the story's ("MP") when `unknown` says so.
 */
function namesSomeone(word: string, lexicon: Lexicon, unknown = true): boolean {
  const nouns = lexicon
    .senses(word)
    .filter((s) => s.pos === 'noun')
    .slice(0, 3)
  return nouns.length === 0 ? unknown : nouns.some((s) => s.file === 'noun.person' || s.file === 'noun.group')
}

/**
 * What a description's head noun names: a person ("minister", "caddie", "people"), an organisation ("campaign",
 * "police", "ministry": a group, or a campaign), or a thing ("tax"), by its first WordNet senses. A word WordNet
 * lacks may be a title of the story's ("MP"): a person.
 */
function nounKind(word: string, lexicon: Lexicon): 'person' | 'organisation' | 'thing' {
  if (/^(?:people|persons)$/i.test(word)) return 'person'
  // WordNet files "group" itself among its top categories, above every social group and organisation
  if (/^groups?$/i.test(word)) return 'organisation'
  const nouns = lexicon
    .senses(word)
    .filter((s) => s.pos === 'noun')
    .slice(0, 3)
  if (nouns.length === 0 || nouns.some((s) => s.file === 'noun.person')) return 'person'
  if (nouns.some((s) => s.file === 'noun.group') || nouns[0]?.file === 'noun.event') return 'organisation'
  return 'thing'
}
