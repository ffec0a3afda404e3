/** The people and organisations of one article, for resolving surnames, pronouns and role nouns. */
import { editDistanceAtMost } from '../../search/edit-distance.js'
import { genderOfGivenName, likelyGenderOfGivenName } from './given-names.js'
import { DEMONYMS, PARTY_WORDS, TITLE_WORDS } from './lexicon.js'
import { isStateOrProvince } from './places.js'
import type { Gender } from './speaker-phrase.js'

export type EntityKind = 'person' | 'org' | 'group'

export type Entity = {
  /** Full name from the first mention ("Abbas Araghchi"), or an honest description ("an anonymous woman"). */
  name: string
  kind: EntityKind
  /** True when `name` is a description, not a proper name. */
  described: boolean
  role: string | null
  gender: Gender | null
  /** The gender the given name most often has: a guess that ranks pronoun antecedents, never excludes one. */
  likelyGender: Gender | null
  plural: boolean
  /** Lower-case name tokens, for surname matching. */
  tokens: string[]
  /** Lower-case words of every role given to the entity, for "the minister said". */
  roleWords: Set<string>
  /** Every word of every role, lower case, for "the vice president" against "Vice President". */
  roleText: Set<string>
  /** True once the entity has spoken or was introduced with a title or an apposition. */
  confirmed: boolean
  /** A relative named with the family's surname ("his wife, Jane": Jane Sanders), see kin-names.ts. */
  kin?: boolean
  salience: number
  salienceAt: number
}

/** How much a mention makes an entity the likely referent of a later pronoun. */
export const WEIGHT = { speaker: 100, subject: 100, titled: 60, other: 40, reported: 15, possessive: 15 } as const
const MAX_SALIENCE = 150

const tokenCache = new Map<string, string[]>()

/** Lower-case tokens of a name, without honorifics or a possessive; memoised (names recur). */
function nameTokens(name: string): string[] {
  let toks = tokenCache.get(name)
  if (toks === undefined) {
    toks = name
      .toLowerCase()
      .replace(/['’]s$/u, '')
      .split(/\s+/)
      .filter((t) => t && !/^(?:mr|mrs|ms|dr|prof)\.?$/.test(t))
    if (tokenCache.size > 50_000) tokenCache.clear()
    tokenCache.set(name, toks)
  }
  return toks
}

const ROLE_ADJECTIVES = new Set(
  'foreign defence defense interior finance health education justice environment affairs supreme senior executive head chief deputy vice acting former interim general state federal provincial'.split(
    ' ',
  ),
)

const QUALIFIERS = new Set(['vice', 'deputy', 'assistant', 'associate', 'acting', 'interim', 'former'])
const IGNORABLE_MODIFIERS = new Set(
  'former current then longtime new veteran outgoing incoming top senior embattled beleaguered'.split(' '),
)
const wordsOf = (role: string) =>
  role
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}-]+/u)
    .filter((w) => w.length > 1)

/** The nouns a role can be referred back by: its head ("expert" in "expert at Kuwait University") and titles. */
function roleWordsOf(role: string | null): Set<string> {
  const out = new Set<string>()
  if (!role) return out
  const words = role
    .toLowerCase()
    .split(/\s+(?:of|at|for|in|with|from|on|to|and)\s+|,/)[0]
    ?.split(/[^\p{L}-]+/u)
    .filter((w) => w.length > 1)
  if (!words?.length) return out
  out.add(words[words.length - 1] as string)
  for (const w of words) if (TITLE_WORDS.has(w) && !ROLE_ADJECTIVES.has(w)) out.add(w)
  // "Sen. Marco Rubio" is "the senator", "Gov. Chris Christie" "the governor"
  for (const w of [...out]) {
    const full = ABBREVIATED_TITLES.get(w)
    if (full) out.add(full)
  }
  return out
}

/**
 * Can someone with this role be called by `head`? A party or an age fits anyone ("the Kentucky Republican" for
 * the Senate majority leader), and a word of the role fits, also as an adjective ("the mayor" for a mayoral
 * candidate).
 */
function compatibleRole(e: Entity, head: string): boolean {
  if (/^(?:republican|democrat|liberal|conservative|independent)$|-old$/.test(head)) return true
  if (e.roleWords.has(head) || e.roleText.has(head)) return true
  for (const w of e.roleText) if (w.startsWith(head) || head.startsWith(w)) return true
  return false
}

/** Titles as abbreviated before a name, and the words that refer back to them. */
const ABBREVIATED_TITLES = new Map(
  Object.entries({
    sen: 'senator',
    rep: 'representative',
    gov: 'governor',
    gen: 'general',
    pres: 'president',
    atty: 'attorney',
    lt: 'lieutenant',
    col: 'colonel',
    sgt: 'sergeant',
    capt: 'captain',
    supt: 'superintendent',
    insp: 'inspector',
    det: 'detective',
    prof: 'professor',
    adm: 'admiral',
    maj: 'major',
  }),
)

/** Adjectives of a people, a language or a place ("Italian", "Syrian", "Japanese", "Turkish"). */
const DEMONYM_RE = /^\p{Lu}\p{Ll}+(?:ian|ean|ese|ish)$/u

/** The last word of the name of a law or a document ("the Voting Rights Act"). */
const LAW_WORDS = new Set(['act', 'amendment', 'agreement', 'accord', 'accords', 'treaty', 'bill', 'law', 'doctrine'])

/** "one of Roe's advisers", "another of his aides", "a member of the team": someone unnamed among several. */
const ANONYMOUS_MEMBER_RE = /^(?:one|another|a member|a few|some) of\b/i

/**
 * The name of a law ("the Voting Rights Act"), or a one-word name that is a party ("Democrat", from "the ranking
 * Democrat"), a people ("Italian") or a state ("Arizona"), that no given name or honorific makes a person: never "he"
 * or "she".
 */
function impersonal(e: Entity): boolean {
  if (e.gender || e.likelyGender) return false
  // "the Voting Rights Act", "the Paris Agreement": a law or a document
  if (LAW_WORDS.has(e.tokens[e.tokens.length - 1] ?? '')) return true
  if (e.tokens.length !== 1) return false
  const w = e.tokens[0] as string
  return PARTY_WORDS.has(w) || DEMONYMS.has(w) || DEMONYM_RE.test(e.name) || isStateOrProvince(w)
}

/** The shortest surname read as another's misspelling ("Hanson" for "Hansen" is too likely another person). */
const MISSPELT_LENGTH = 7

/** Per-article registry. `now` advances by one per sentence unit; salience halves per unit. */
export class EntityRegistry {
  readonly entities: Entity[] = []
  /** Named entities by the last token of their name (a surname matches only names ending in it). */
  private readonly byLastToken = new Map<string, Entity[]>()
  /** Document noun → who issued it, once the article has said so ("the Civic Action study" → "the study"). */
  readonly issuers = new Map<string, { entity: Entity | null; label: string | null }>()
  now = 0

  /** `texts`: the article's paragraphs, for what it writes elsewhere of a name (see kin-names.ts). */
  constructor(readonly texts: readonly string[] = []) {}

  private index(e: Entity): void {
    const last = e.tokens[e.tokens.length - 1]
    if (last === undefined) return
    const list = this.byLastToken.get(last)
    if (list) {
      if (!list.includes(e)) list.push(e)
    } else this.byLastToken.set(last, [e])
  }

  /** Is this lower-case word the surname of a person named in full ("west" after "Marty West")? */
  isSurname(low: string): boolean {
    return (this.byLastToken.get(low) ?? []).some((e) => e.kind === 'person' && !e.described && e.tokens.length > 1)
  }

  tick(): void {
    this.now++
  }

  private decayed(e: Entity): number {
    return e.salience * 0.5 ** (this.now - e.salienceAt)
  }

  /** Salience saturates, so that someone quoted many times does not drown a newly introduced speaker. */
  mention(e: Entity, weight: number): void {
    e.salience = Math.min(this.decayed(e) + weight, MAX_SALIENCE)
    e.salienceAt = this.now
  }

  /** Finds the entity a proper name refers to: the same name, or a surname/partial name of a fuller one. */
  findName(name: string): Entity | null {
    const toks = nameTokens(name)
    if (toks.length === 0) return null
    let best: Entity | null = null
    for (const e of this.byLastToken.get(toks[toks.length - 1] as string) ?? []) {
      if (e.described || e.tokens.length === 0) continue
      const et = e.tokens
      const same = et.length === toks.length && et.every((t, k) => t === toks[k])
      const suffix = toks.length < et.length && toks.every((t, k) => t === et[et.length - toks.length + k])
      const longer = toks.length > et.length && et.every((t, k) => t === toks[toks.length - et.length + k])
      if (same || suffix || longer) {
        // a surname alone means the one of the family the article is about, not the relative it named after them
        const kinFirst = suffix && best !== null && best.kin !== e.kin
        if (!best || (kinFirst ? best.kin === true : this.decayed(e) > this.decayed(best))) best = e
      }
    }
    if (best) return best
    // surname-first names ("Kim" for "Kim Jong-un", whose given name is hyphenated) when unambiguous
    if (toks.length === 1) {
      const firsts = this.entities.filter(
        (e) => !e.described && e.kind === 'person' && e.tokens[0] === toks[0] && /-/.test(e.tokens[1] ?? ''),
      )
      if (firsts.length === 1) return firsts[0] ?? null
    }
    return toks.length === 1 ? this.misspelt(toks[0] ?? '') : null
  }

  /**
   * A surname written once with a slip ("Berhrmann said" after "Matt Behrmann"): the one person the article named in
   * full whose surname is one edit away, for a word long enough that one edit rarely makes another name.
   */
  private misspelt(word: string): Entity | null {
    if (word.length < MISSPELT_LENGTH) return null
    let found: Entity | null = null
    for (const e of this.entities) {
      const last = e.tokens[e.tokens.length - 1] ?? ''
      if (e.described || e.kind !== 'person' || e.tokens.length < 2 || last.length < MISSPELT_LENGTH) continue
      if (!editDistanceAtMost(word, last, 1)) continue
      if (found && found !== e) return null
      found = e
    }
    return found
  }

  /** Returns the entity for a proper name, creating it (or completing a surname-only one) as needed. */
  addName(name: string, init: Partial<Pick<Entity, 'kind' | 'role' | 'gender' | 'confirmed'>> = {}): Entity {
    const found = this.findName(name)
    if (found) {
      const toks = nameTokens(name)
      if (toks.length > found.tokens.length) {
        found.name = name
        found.tokens = toks
        this.index(found)
        if (!found.gender && found.kind === 'person') found.gender = genderOfGivenName(name)
        if (found.kind === 'person') found.likelyGender = likelyGenderOfGivenName(name)
      }
      if (init.role && !found.role) found.role = init.role
      if (init.role) for (const w of roleWordsOf(init.role)) found.roleWords.add(w)
      if (init.role) for (const w of wordsOf(init.role)) found.roleText.add(w)
      if (init.gender && !found.gender) found.gender = init.gender
      if (init.confirmed) found.confirmed = true
      if (init.kind && init.kind !== 'person' && found.kind === 'person' && !found.gender) found.kind = init.kind
      return found
    }
    const e: Entity = {
      name,
      kind: init.kind ?? 'person',
      described: false,
      role: init.role ?? null,
      gender: init.gender ?? (init.kind === 'org' ? null : genderOfGivenName(name)),
      likelyGender: init.kind === 'org' ? null : likelyGenderOfGivenName(name),
      plural: false,
      tokens: nameTokens(name),
      roleWords: roleWordsOf(init.role ?? null),
      roleText: new Set(wordsOf(init.role ?? '')),
      confirmed: init.confirmed ?? false,
      salience: 0,
      salienceAt: this.now,
    }
    this.entities.push(e)
    this.index(e)
    return e
  }

  /** An entity known only by a description ("an anonymous woman"); the same description is the same entity. */
  addDescription(name: string, head: string, gender: Gender | null, plural: boolean, thing = false): Entity {
    const found = this.entities.find((e) => e.described && e.name.toLowerCase() === name.toLowerCase())
    if (found) return found
    const e: Entity = {
      name,
      // "the statement", "her economic plan": an organisation or a thing, never "he" or "she"
      kind: plural ? 'group' : thing ? 'org' : 'person',
      described: true,
      role: null,
      gender,
      likelyGender: null,
      plural,
      tokens: [],
      roleWords: new Set([head]),
      roleText: new Set([head]),
      confirmed: true,
      salience: 0,
      salienceAt: this.now,
    }
    this.entities.push(e)
    return e
  }

  /** "the official" after "a justice official": the most salient described entity with that head noun. */
  findDescribed(head: string): Entity | null {
    let best: Entity | null = null
    for (const e of this.entities) {
      if (!e.described || !e.roleWords.has(head)) continue
      if (!best || this.decayed(e) > this.decayed(best)) best = e
    }
    return best
  }

  /** "the minister", "his father": the most salient entity whose role has that noun. */
  findByRole(head: string, modifiers: readonly string[] = []): Entity | null {
    const singular = head.replace(/(?<=[^s])s$/, '')
    let best: Entity | null = null
    for (const e of this.entities) {
      if (e.described || e.kind !== 'person') continue
      if (!e.roleWords.has(head) && !e.roleWords.has(singular)) continue
      if (!modifiers.every((m) => e.roleText.has(m) || IGNORABLE_MODIFIERS.has(m))) continue
      // "the president" is not the vice president
      if ([...QUALIFIERS].some((q) => e.roleText.has(q) && !modifiers.includes(q))) continue
      if (!best || this.decayed(e) > this.decayed(best)) best = e
    }
    return best
  }

  /**
   * "the 26-year-old", "the Kentucky Republican": the most salient named person (of that gender, if known), leaving
   * out anyone the article gave another role ("the Republican presidential candidate" is not the mayor it named).
   */
  mostSalientPerson(
    exclude: ReadonlySet<Entity>,
    gender: Gender | null = null,
    head: string | null = null,
  ): Entity | null {
    let best: Entity | null = null
    let bestScore = 0.5
    for (const e of this.entities) {
      if (e.described || e.kind !== 'person' || exclude.has(e)) continue
      if (gender && e.gender && e.gender !== gender) continue
      if (head && e.roleWords.size > 0 && !compatibleRole(e, head)) continue
      const score = this.decayed(e) * (e.confirmed ? 1 : 0.5)
      if (score > bestScore) {
        best = e
        bestScore = score
      }
    }
    return best
  }

  /**
   * "the union": the most salient organisation with that word in its name. With `head` null ("the company"), any
   * organisation, or a one-word name nothing marks as a person ("Google").
   */
  findOrg(head: string | null): Entity | null {
    let best: Entity | null = null
    for (const e of this.entities) {
      if (e.described) continue
      // ("Unisys reported a loss. The company said ...": a one-word name that no given name, title or pronoun makes
      // a person, even if it has not spoken)
      const maybeOrg =
        e.kind === 'org' || (e.kind === 'person' && e.tokens.length === 1 && !e.gender && !e.likelyGender && !e.role)
      if (head !== null ? e.kind !== 'org' || !e.tokens.includes(head) : !maybeOrg) continue
      if (!best || this.decayed(e) > this.decayed(best)) best = e
    }
    return best
  }

  /** The `n` most salient organisations, each still in focus ("the companies said"). */
  findOrgs(n: number): Entity[] {
    return this.entities
      .filter((e) => !e.described && e.kind === 'org' && this.decayed(e) > 5)
      .sort((a, b) => this.decayed(b) - this.decayed(a))
      .slice(0, n)
  }

  /** The most salient entity a pronoun can refer to, leaving out `exclude`. Commits the gender it implies. */
  resolvePronoun(pronoun: string, exclude: ReadonlySet<Entity>): Entity | null {
    const want: Gender | null = pronoun === 'he' ? 'm' : pronoun === 'she' ? 'f' : null
    let best: Entity | null = null
    let bestScore = 0
    for (const e of this.entities) {
      if (exclude.has(e)) continue
      let score = this.decayed(e)
      if (want) {
        if (e.kind !== 'person' || e.plural || impersonal(e)) continue
        if (e.gender && e.gender !== want) continue
        if (!e.gender) score *= e.likelyGender === want ? 0.9 : e.likelyGender ? 0.3 : 0.7
        if (!e.confirmed) score *= 0.5
        // "one of Roe's advisers", "another aide": an anonymous member of a group is a weak antecedent beside a
        // named person the pronoun can be
        if (e.described && ANONYMOUS_MEMBER_RE.test(e.name)) score *= 0.4
      } else if (pronoun === 'they') {
        if (!(e.plural || e.kind === 'org' || e.kind === 'group') || !e.confirmed) continue
      } else if (pronoun === 'it') {
        if (e.kind !== 'org' || !e.confirmed) continue
      } else {
        return null
      }
      if (score > bestScore) {
        best = e
        bestScore = score
      }
    }
    if (best && want && !best.gender) best.gender = want
    return bestScore > 0.5 ? best : null
  }
}
