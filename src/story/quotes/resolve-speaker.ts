/** Who a speaker phrase is: a registered person or organisation, an epithet resolved, or an honest description. */
import type { Entity, EntityRegistry } from './entities.js'
import { addKin, kinFullName, kinPossessor } from './kin-names.js'
import { BARE_SPEAKER_NOUNS, DETERMINERS, FEMALE_NOUNS, GROUP_NAME_RE, MALE_NOUNS, TITLE_WORDS } from './lexicon.js'
import { looksLikePersonName } from './mentions.js'
import type { Gender, SpeakerPhrase } from './speaker-phrase.js'

/** Who said it: an entity of the article (its name may still grow to the full name), or a fixed label. */
export type Who = {
  entity: Entity | null
  label: string | null
  /** The document they spoke through, when a definite description of it named them ("the new study by X": "study"). */
  document?: string
}

export const NOBODY: Who = { entity: null, label: null }

const NONE: ReadonlySet<Entity> = new Set()

const ROLE_PREFIX_RE = /^(?:the|a|an)\s+/i

/** Documents that speak for whoever issued them. */
const DOCUMENT_HEADS = new Set(
  'statement letter email e-mail tweet post release memo message note website blog affidavit submission filing testimony'.split(
    ' ',
  ),
)

/** Things that are said to say something ("the plan calls for", "the poll finds"), never a person. */
const THING_HEADS = new Set(
  'plan poll ad analysis book article proposal bill law order ruling complaint lawsuit suit data indictment transcript editorial column video'.split(
    ' ',
  ),
)

/** Documents an organisation or an official issues: named for their issuer when the article says who that is. */
export const ISSUED_HEADS = new Set(
  'report study survey complaint lawsuit suit order ruling indictment document documents readout analysis review audit'.split(
    ' ',
  ),
)

/** Words that open a document's description without naming its issuer ("the Feb. 1 letter", "the New Year report"). */
const NOT_ISSUER_RE =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|new|final|first|annual)\b/i

/** Words of time after an issuer's name ("… last year", "… on Monday"). */
const WHEN_AFTER_ISSUER_RE =
  /\s+(?:last|this|next|earlier|later|on|in|during|since|yesterday|today|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b.*$/i

/**
 * Who issued a document, from its description: "a statement from the EU" (after from/by/of), "Ryan's report" (a
 * possessive name), "the Civic Action study" (capitalised words before the noun). Null when it does not say.
 */
export function issuerOf(text: string, head: string): string | null {
  const after = /\b(?:from|by|of)\s+(.+)$/i.exec(text)?.[1]
  // ("a report released by the Brookings Institution last year": when it was issued is no part of who issued it)
  if (after) return after.replace(ROLE_PREFIX_RE, '').replace(WHEN_AFTER_ISSUER_RE, '')
  const possessive = /^(?:the\s+)?(\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*)*)['’]s?\s/u.exec(text)?.[1]
  if (possessive && !/^(?:his|her|their|its)$/i.test(possessive)) return possessive
  const modifier = new RegExp(`^(?:the|a|an)\\s+((?:\\p{Lu}[\\p{L}.&-]*\\s+)+)${head}$`, 'u').exec(text)?.[1]?.trim()
  return modifier && !NOT_ISSUER_RE.test(modifier) ? modifier : null
}

const ISSUED_BY_RE = new RegExp(
  `\\b(${[...ISSUED_HEADS, 'statement', 'letter', 'memo', 'release'].join('|')})\\b(?:\\s+[\\p{L}\\d,]+){0,5}?\\s+(?:by|from)\\s+((?:the\\s+)?\\p{Lu}[\\p{L}.&'’-]*(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}.&'’-]*)*)`,
  'gu',
)

/** "a study released Monday by Civic Action": remembers who issued the article's documents, for "the study said". */
export function noteIssuers(reg: EntityRegistry, text: string): void {
  if (!/\b(?:by|from)\s/.test(text)) return
  for (const m of text.matchAll(ISSUED_BY_RE)) {
    const head = m[1] as string
    const issuer = (m[2] as string).replace(ROLE_PREFIX_RE, '')
    if (reg.issuers.has(head)) continue
    const e = reg.findName(issuer)
    reg.issuers.set(head, e ? { entity: e, label: null } : { entity: null, label: issuer })
  }
}

/** Words before a document's noun in "wrote in a recent report", "said in a statement". */
const DOCUMENT_OPENERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its'])

/**
 * "Philip Cross wrote in a recent report for the institute", "she said in a statement": the document is the
 * speaker's, so a later "the report said" is theirs. `words` are the lower-case words after the verb.
 */
export function noteOwnDocument(reg: EntityRegistry, words: readonly string[], who: Who): void {
  if (words[0] !== 'in' || !DOCUMENT_OPENERS.has(words[1] ?? '')) return
  for (let k = 2; k < Math.min(words.length, 6); k++) {
    const head = words[k] as string
    if (!ISSUED_HEADS.has(head) && !DOCUMENT_HEADS.has(head)) continue
    reg.issuers.set(head, who)
    return
  }
}

/** Organisation nouns that can refer back to any organisation ("the company"). */
const GENERIC_ORG_HEADS = new Set(
  'company firm agency organization organisation group business retailer maker developer giant automaker carmaker network outlet publisher insurer lender utility airline operator manufacturer startup provider platform thrift brokerage carrier chain conglomerate concern refiner supplier producer partnership subsidiary'.split(
    ' ',
  ),
)

/** Heads of descriptions that name an organisation or a document, never a person. */
const ORG_HEADS = new Set(
  `company firm bank agency group organization organisation union government ministry department police city council
   board school university party team club court commission committee office service network station newspaper paper
   outlet post statement report study survey website site document documents letter release province state county
   association federation institute centre center hospital airline authority administration business retailer maker
   developer giant automaker carmaker publisher insurer lender utility operator manufacturer startup provider platform
   military army navy embassy regime legislature parliament senate congress cabinet u.s. us country nation campaign
   site program programme project team crew coalition alliance`.split(/\s+/),
)

/** Turns a speaker phrase into who it is, registering new people in the article's registry. */
export function resolve(
  reg: EntityRegistry,
  phrase: SpeakerPhrase,
  apposition: string | null,
  exclude: ReadonlySet<Entity>,
  recentWho: Who | null,
  inside: ReadonlySet<Entity> = NONE,
): Who | null {
  switch (phrase.kind) {
    case 'pronoun': {
      // (when the only one it can be is named in the statement itself, it is them: "Fiorina tossed cold water on the
      // idea, she wrote")
      const e =
        reg.resolvePronoun(phrase.pronoun, exclude) ??
        (exclude.size > 0 ? reg.resolvePronoun(phrase.pronoun, NONE) : null)
      return e ? { entity: e, label: null } : null
    }
    case 'names': {
      const names = phrase.names.map((n) => reg.addName(n, { confirmed: true }).name)
      // ("Matthews, Alex Seitz-Wald and Luciana Lopez")
      const last = names.pop()
      return { entity: null, label: names.length > 0 ? `${names.join(', ')} and ${last}` : (last ?? null) }
    }
    case 'name': {
      // "Sanders's wife, Jane, said": a relative named by the given name alone takes the family's surname
      const kin = phrase.role ? kinPossessor(phrase.role) : null
      const kinName = kin ? kinFullName(reg, phrase.name, kin) : null
      const init = {
        role: phrase.role,
        gender: phrase.gender,
        kind: phrase.org ? 'org' : GROUP_NAME_RE.test(phrase.name) ? 'group' : 'person',
        confirmed: true,
      } as const
      const e = kinName ? addKin(reg, kinName, init) : reg.addName(phrase.name, init)
      return { entity: e, label: null }
    }
    case 'description': {
      const all = apposition ? `${phrase.text} ${apposition}` : phrase.text
      if (phrase.anonymous || /\b(?:anonym|whose name (?:is|was) (?:redacted|withheld))/i.test(all)) {
        const name = phrase.plural ? `anonymous ${phrase.head}` : `an anonymous ${phrase.head}`
        return { entity: reg.addDescription(name, phrase.head, phrase.gender, phrase.plural), label: null }
      }
      if (DOCUMENT_HEADS.has(phrase.head) || ISSUED_HEADS.has(phrase.head)) {
        // "a statement from the EU said", "the Civic Action study", "Ryan's report", "her statement read": its issuer
        const issuer = issuerOf(phrase.text, phrase.head)
        if (issuer) {
          // (a person's name is registered, so that the "he said" after it finds them)
          const e =
            reg.findName(issuer) ??
            (looksLikePersonName(issuer) && /^\p{Lu}/u.test(issuer)
              ? reg.addName(issuer, { kind: 'person', confirmed: true })
              : null)
          const who: Who = e ? { entity: e, label: null } : { entity: null, label: issuer }
          if (phrase.definite && ISSUED_HEADS.has(phrase.head)) who.document = phrase.head
          reg.issuers.set(phrase.head, who)
          return who
        }
        const known = reg.issuers.get(phrase.head)
        if (known && phrase.definite) return known
        const owner = /^(his|her|their|its)\b/i.exec(phrase.text)?.[1]?.toLowerCase()
        if (owner) {
          const pronoun = owner === 'his' ? 'he' : owner === 'her' ? 'she' : owner === 'their' ? 'they' : 'it'
          const e = reg.resolvePronoun(pronoun, exclude)
          if (e) return { entity: e, label: null }
        } else if (DOCUMENT_HEADS.has(phrase.head) && !/['’]s\b/.test(phrase.text) && recentWho) return recentWho
      }
      // "the companies said", "both companies said": the two organisations the article has just named
      const single = phrase.head.replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '')
      // (and "the banks": one bank is "the bank" only when its name says so)
      const orgs = GENERIC_ORG_HEADS.has(single) || single === 'bank'
      if (phrase.plural && /^(?:the|both)\s+(?:two\s+)?\p{L}+$/iu.test(phrase.text) && orgs) {
        const pair = reg.findOrgs(2)
        if (pair.length === 2) return { entity: null, label: pair.map((e) => e.name).join(' and ') }
      }
      if (phrase.definite && /^the\b/i.test(phrase.text) && !phrase.plural) {
        // an epithet for someone already introduced: "the minister", "the 26-year-old", "the Kentucky Republican"
        const e = ORG_HEADS.has(phrase.head)
          ? (reg.findOrg(phrase.head) ?? (GENERIC_ORG_HEADS.has(phrase.head) ? reg.findOrg(null) : null))
          : DOCUMENT_HEADS.has(phrase.head)
            ? null
            : (reg.findByRole(phrase.head, modifiersOf(phrase.text)) ??
              reg.findDescribed(phrase.head) ??
              ((isPersonNoun(phrase.head) && !ANYONE.has(phrase.head)) || /\d-year-old\b/.test(phrase.text)
                ? epithetOf(reg, phrase.head, phrase.gender, exclude, inside)
                : null))
        if (e) return { entity: e, label: null }
      } else if (phrase.definite && !phrase.plural && !ORG_HEADS.has(phrase.head)) {
        const e = reg.findByRole(phrase.head, modifiersOf(phrase.text))
        if (e) return { entity: e, label: null }
      } else if (phrase.definite && !phrase.plural && /^\p{Lu}[\p{L}.-]*['’]s\s/u.test(phrase.text)) {
        // "Canada's largest department store operator": a company described by where it leads
        const e = GENERIC_ORG_HEADS.has(phrase.head) ? reg.findOrg(null) : null
        if (e) return { entity: e, label: null }
      }
      // "Analysts said": a common noun capitalised only because it opens the sentence
      const first = /^\p{L}+/u.exec(phrase.text)?.[0] ?? ''
      const common = DETERMINERS.has(first.toLowerCase()) || BARE_SPEAKER_NOUNS.has(first.toLowerCase())
      const label = common ? first.toLowerCase() + phrase.text.slice(first.length) : phrase.text
      const thing = ORG_HEADS.has(phrase.head) || DOCUMENT_HEADS.has(phrase.head) || THING_HEADS.has(phrase.head)
      return { entity: reg.addDescription(label, phrase.head, phrase.gender, phrase.plural, thing), label: null }
    }
  }
}

/**
 * The person in focus an epithet ("the candidate", "the senator") stands for. As with "he said", when the only one it
 * can be is named inside the statement itself (`inside`: not as its subject, nor as a possessive), it is them: "The
 * tricks that Ben Carson accused Cruz's campaign of are not on the level of Benghazi, the candidate said." A person
 * the statement opens with is its topic ("Fiorina would lead the meeting, the former executive said").
 */
function epithetOf(
  reg: EntityRegistry,
  head: string,
  gender: Gender | null,
  exclude: ReadonlySet<Entity>,
  inside: ReadonlySet<Entity>,
): Entity | null {
  const e = reg.mostSalientPerson(exclude, gender, head)
  if (e || inside.size === 0) return e
  return reg.mostSalientPerson(new Set(reg.entities.filter((o) => !inside.has(o))), gender, head)
}

/**
 * The person a title names without registering anyone ("the mayor": the one with that role, or the person in focus
 * the title fits); null for a word that is no title or could be anyone's ("the man").
 */
export function personOfRole(reg: EntityRegistry, head: string): Entity | null {
  const e = reg.findByRole(head)
  if (e) return e
  const title = TITLE_WORDS.has(head) || FEMALE_NOUNS.has(head) || MALE_NOUNS.has(head)
  return title && !ANYONE.has(head) ? reg.mostSalientPerson(NONE, null, head) : null
}

/** The words before the head of "the vice president": ["vice"]. */
function modifiersOf(description: string): string[] {
  const words = description
    .toLowerCase()
    .replace(/\s+(?:of|for|at|with|from|in|who|whose|that)\b.*$/, '')
    .split(/[^\p{L}-]+/u)
    .filter(Boolean)
  return words.slice(1, -1).filter((w) => !DETERMINERS.has(w) && !/^\d/.test(w))
}

/**
 * Common nouns for anyone ("the man", "the judge", "the moderator", "the official"): the article as often introduced
 * the person without a name ("a judge", "one man") as it means the person in focus, so they are not resolved to the
 * most salient person; an epithet ("the Kentucky Republican", "the billionaire businessman", "the prime minister")
 * is.
 */
const ANYONE = new Set(
  `man woman person people official officer judge justice moderator host narrator actor actress employee worker
   organizer organiser insider supporter speaker resident voter source witness friend neighbour neighbor designer
   father mother son daughter wife husband boy girl student teacher doctor nurse lawyer attorney spokesman
   spokeswoman spokesperson aide adviser advisor analyst expert critic activist protester protestor member owner
   driver victim passenger customer user reporter writer author editor artist volunteer veteran soldier`.split(/\s+/),
)

/** Nouns for people ("the professor", "the 26-year-old", "the Kentucky Republican"), not things ("the editorial"). */
function isPersonNoun(head: string): boolean {
  if (TITLE_WORDS.has(head) || FEMALE_NOUNS.has(head) || MALE_NOUNS.has(head)) return true
  // "sergeant-at-arms", "editor-in-chief"
  const first = head.split('-')[0] ?? head
  if (first !== head && TITLE_WORDS.has(first)) return true
  return /(?:er|or|ist|ian|ant|ent|ee|-old|man|woman|person|crat|can)$/.test(head)
}
