/**
 * Where a question names the person whose words it asks for, by the shape of English questions about statements:
 * "what did X say (about Y)", "did X say …", "X on Y?", "X's reaction to Y", "according to X", and "which ROLE
 * said …" / "who said …". Every other name in the question (Y, or anything after "who said") is what the
 * statement is about, not who made it: in "Who said Lee isn't qualified?" Lee is talked about.
 */
import { SPEECH_VERBS } from '../story/quotes/lexicon.js'
import { americanSpelling } from './spelling.js'

/** The part of a question that names (or describes) the speaker asked about. */
export type SpeakerSlot = {
  /** The words as written, e.g. "Australia's foreign minister", "Liberal MP Sean Fraser", "judge". */
  text: string
  start: number
  end: number
  /** "which judge said": only a description of who said it; the speaker is what is asked. */
  asked: boolean
  /**
   * Whether the question asks for words said ("what did X say", "X on Y?"), so that a person the coverage never
   * quotes has no answer; not for what X wants, thinks or hopes, nor "according to X", which the text may report.
   */
  says: boolean
  /**
   * Whether the question asks what the person did, an act or a reaction the coverage may report without quoting them
   * ("How did X react to …", "When did X announce the reward?"), rather than plainly for their words (see `acts`):
   * the verb asked, in lower case.
   */
  acts?: string
}

/** Verbs after "how did X" that ask for a reaction, which may be an act as well as words. */
const REACTION =
  /^(?:react|reacted|respond|responded|reply|replied|answer|answered|view|viewed|greet|greeted|receive|received|take|taken|handle|handled|welcome|welcomed)$/

/**
 * Verbs that with "back" (or "out") answer an attack ("How did X hit back at …", "fire back", "push back", "lash
 * out"): a reaction, which may be words.
 */
const BACK_VERB =
  /^(?:hit|hits|hitting|fire|fires|fired|firing|push|pushes|pushed|pushing|strike|strikes|struck|striking|shoot|shoots|shot|shooting|snap|snaps|snapped|swing|swings|swung|punch|punches|punched|lash|lashes|lashed|lashing)$/
const answersBack = (verb: string, particle: string | undefined) =>
  BACK_VERB.test(verb) && (particle === 'back' || (particle === 'out' && /^lash/.test(verb)))

/** Verbs that ask plainly for words said or for a thought: "When did X say …" asks for the statement itself. */
const PLAIN_WORDS =
  /^(?:say|says|said|tell|told|speak|spoke|spoken|talk|talked|write|wrote|written|tweet|tweeted|comment|commented|remark|remarked|add|added|state|stated|mention|mentioned|describe|described|call|called|testify|testified|explain|explained)$/

/**
 * Whether a question asks what its subject did rather than plainly for their words: "how did X react / respond / view
 * …", "when did X announce / condemn / pledge …", whose answer may report the act without a quote ("X condemned the
 * attacks in a telegram"). Not "what did X say", "when did X say", nor a verb of thinking or wanting.
 */
function acts(first: string, verb: string): boolean {
  if (NOT_SAID.test(verb)) return false
  if (first === 'how') return REACTION.test(verb) || BACK_VERB.test(verb)
  return first === 'when' && !PLAIN_WORDS.test(verb)
}

/** Verbs of thinking and wanting, and "according to": what the coverage may report without quoting anyone. */
const NOT_SAID =
  /^(?:fear|fears|feared|worry|worries|worried|think|thinks|thought|believe|believes|believed|mean|means|meant|hope|hopes|hoped|expect|expects|expected|feel|feels|felt|want|wants|wanted)$/i

/** Verbs saying an act was not done ("Did X refuse to comment?" asks about no statement). */
const NOT_DONE = /^(?:refuse|refused|fail|failed|decline|declined|neglect|neglected|forget|forgot)$/

/**
 * Verbs of saying, thinking and wanting, and of answering ("how did X react to …"): "what did X say/tell/warn …"
 * asks for X's statements.
 */
export const SAY_VERB =
  /^(?:say|says|said|tell|told|think|thinks|thought|warn|warned|claim|claimed|predict|predicted|want|wanted|argue|argued|insist|insisted|describe|described|call|called|believe|believed|mean|meant|suggest|suggested|add|added|state|stated|promise|promised|pledge|pledged|announce|announced|reply|replied|respond|responded|admit|admitted|deny|denied|hope|hoped|expect|expected|feel|felt|write|wrote|written|accuse|accused|urge|urged|ask|asked|blame|blamed|joke|joked|explain|explained|recall|recalled|acknowledge|acknowledged|concede|conceded|criticize|criticized|criticise|criticised|praise|praised|note|noted|confirm|confirmed|estimate|estimated|propose|proposed|recommend|recommended|comment|commented|speak|spoke|spoken|mention|mentioned|address|addressed|discuss|discussed|reveal|revealed|stress|stressed|emphasize|emphasized|emphasise|emphasised|threaten|threatened|vow|vowed|declare|declared|tweet|tweeted|testify|testified|react|reacted|answer|answered|rebut|rebutted|counter|countered|defend|defended)$/i

/**
 * A verb of saying the quote analysis reads in attribution, in any of its forms ("demand" for "demanded"): its verbs
 * that say something ('say', 'tell' and 'demand' classes), not those that only frame a quotation ("continue",
 * "read", "laugh").
 */
export function isSpeechVerb(w: string): boolean {
  const forms = [w, `${w}ed`, `${w}d`, `${w}s`, `${w}es`]
  return forms.some((f) => {
    const cls = SPEECH_VERBS.get(f)
    return cls === 'say' || cls === 'tell' || cls === 'demand'
  })
}

/** A verb of saying in the list, also in its -ing form ("telling", "arguing"). */
const saysInAnyForm = (w: string) =>
  SAY_VERB.test(w) || (/ing$/.test(w) && (SAY_VERB.test(w.slice(0, -3)) || SAY_VERB.test(`${w.slice(0, -3)}e`)))

/** Nouns for what someone said: "X's reaction to Y", "X's position on Y". */
const STATEMENT_NOUN =
  /^(?:reaction|reactions|response|responses|view|views|position|positions|stance|take|comment|comments|remark|remarks|statement|statements|answer|reply|thoughts|opinion|opinions|verdict|message|words|assessment|explanation|argument|case|defence|defense)$/i

const AUXILIARY = '(?:did|does|do|has|have|had|will|would|could|should|can|is|was|were|are)'

/**
 * How far into a "which ROLE …" question its verb is looked for: a role with an organisation after a preposition
 * runs long ("Which lawyer on the National Club Association board praised …").
 */
const ROLE_WORDS = 12

/** A finite verb in the past or present after "which ROLE": where the description of the speaker ends. */
const VERB_AFTER_ROLE =
  /^(?:\p{Ll}+ed|said|says|told|tells|wrote|writes|thought|spoke|speaks|made|gave|took|put|felt|knew|saw|went|came|blames?|warns?|claims?|argues?|insists?|calls?|urges?|accuses?|jokes?|predicts?|describes?|wants?)$/u

const word = (s: string) => s.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')

/** Words with their offsets (split at spaces; punctuation stays on the word). */
function words(text: string): { w: string; start: number; end: number }[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ w: m[0], start: m.index, end: m.index + m[0].length }))
}

/** Whether a word (as written in the question, lower case) is a verb of saying; the list above when not given. */
export type SayVerbTest = (word: string) => boolean

/** Words that open a noun phrase: what follows them is a noun ("the claim", "his claim"), not a verb. */
const DETERMINER = /^(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|some|any|no|every|each)$/

/** A word after a preposition is a noun ("the next round of talks"). */
const PREPOSITION = /^(?:of|about|on|in|at|for|with|to|from|by|over|after|before)$/

/**
 * Auxiliaries, adverbs and a reflexive that may stand between a subject and its verb ("Would Sid Blumenthal have
 * warned …", "What did Dennis Vacco himself say …": "himself" stresses the subject, it is no verb nor part of the name).
 */
const INNER_AUXILIARY =
  /^(?:have|has|had|be|been|being|not|ever|really|actually|also|already|just|now|still|himself|herself|themselves|itself)$/

/**
 * What the question reader asks a lexicon: whether a word is a verb of saying, whether it is a verb at all, and
 * whether it only modifies a noun (an adjective or adverb that is no noun: "longtime").
 */
export type VerbTests = {
  isSayVerb?: SayVerbTest
  isVerb?: (word: string) => boolean
  isModifier?: (word: string) => boolean
  /**
   * Whether a verb after "how did X" asks for X's stance (a verb of saying, thinking, perceiving or feeling: "view",
   * "characterize", "see", "rate"), not for how an action was done ("get", "win", "vote", "travel").
   */
  isStanceVerb?: (word: string) => boolean
  /**
   * Whether a verb's most frequent sense is one of thinking or feeling ("remember", "want", "believe", "fear"): after
   * "who" it asks whose view a statement gives, in words that need not be the verb's.
   */
  isMindVerb?: (word: string) => boolean
}

/** A noun of quantity: "what share of X think …" asks a quantity of X, not a speaker described as "share of X". */
const QUANTITY = /^(?:percentage|percent|share|proportion|fraction|number|portion|majority|amount)$/

export function findSpeakerSlot(question: string, verbs: VerbTests = {}): SpeakerSlot | null {
  const isSayVerb = verbs.isSayVerb ?? ((w: string) => SAY_VERB.test(w))
  // a present-tense verb after the role ("Which economist fears …"): an -s form of a verb, not a plural noun
  const presentVerb = (w: string) => /^\p{Ll}+[^s]s$/u.test(w) && (verbs.isVerb?.(w) ?? false)
  const text = question.trim()
  const ws = words(text)
  // British spellings read as American ones, as the lexicon has them ("characterise")
  const lower = ws.map((x) => americanSpelling(word(x.w).toLowerCase()))
  const slot = (from: number, to: number, asked = false, verb = 'say', asking = verb): SpeakerSlot | null => {
    const a = ws[from]
    const b = ws[to - 1]
    if (!a || !b || to <= from) return null
    const raw = text.slice(a.start, b.end)
    const trimmed = raw.replace(/[?!.,;:]+$/, '').replace(/['’]s?$/, '')
    const says = !NOT_SAID.test(verb)
    const slotted = { text: trimmed, start: a.start, end: a.start + trimmed.length, asked, says }
    return !asked && acts(lower[0] ?? '', asking) ? { ...slotted, acts: asking } : slotted
  }
  // a verb of saying as a verb: written in lower case ("the Islamic State" is a name), not after a determiner or a
  // possessive ("Clinton's claim", "the claim" are nouns)
  // "what did X demand …": the thing asked for is what was said, so any verb of attribution says it
  const whatSaid = lower[0] === 'what'
  const sayVerbAt = (i: number) => {
    const w = ws[i]?.w ?? ''
    const l = lower[i] ?? ''
    const says = saysInAnyForm(l) || isSayVerb(l) || (whatSaid && isSpeechVerb(l)) || answersBack(l, lower[i + 1])
    if (!/^\p{Ll}/u.test(w) || !says) return false
    const before = ws[i - 1]?.w ?? ''
    return !DETERMINER.test(lower[i - 1] ?? '') && !PREPOSITION.test(lower[i - 1] ?? '') && !/['’]s?$/.test(before)
  }
  // "according to X" (up to a comma or the end)
  const according = /\baccording to\s+([^,?;!]+)/i.exec(text)
  if (according?.[1]) {
    const start = (according.index ?? 0) + according[0].length - according[1].length
    const inner = according[1].trim()
    return { text: inner, start, end: start + inner.length, asked: false, says: false }
  }
  const aux = new RegExp(`^${AUXILIARY}$`)
  // "what new sanctions did Washington announce …": the thing said is asked for; the subject after the auxiliary
  // is who said it
  if ((lower[0] === 'which' || lower[0] === 'what') && !aux.test(lower[1] ?? '')) {
    const at = [2, 3].find((i) => aux.test(lower[i] ?? '') && ws.slice(1, i).every((x) => /^\p{Ll}/u.test(x.w)))
    if (at !== undefined) return subjectBeforeVerb(at + 1)
  }
  // "What share of Democrats think …" asks how many of them hold a view, not who they are
  if (QUANTITY.test(lower[1] ?? '') && lower[2] === 'of') return null
  // "which ROLE said …", "who said …"
  if (lower[0] === 'which' || lower[0] === 'what') {
    const verbAt = (i: number) =>
      sayVerbAt(i) || VERB_AFTER_ROLE.test(lower[i] ?? '') || (i > 1 && presentVerb(ws[i]?.w ?? ''))
    for (let i = 1; i < ws.length && i < ROLE_WORDS; i++) {
      // an auxiliary belongs to a clause after the verb ("Which economist fears Democrats will start …")
      if (aux.test(lower[i] ?? '') || /^(?:may|might|must|shall)$/.test(lower[i] ?? '')) break
      if (!verbAt(i) || modifiesHead(i, verbAt)) continue
      return i > 1 ? slot(1, i, true, lower[i]) : null
    }
  }
  if (lower[0] === 'who' || lower[0] === 'whom') return null
  /**
   * Whether the verb-like word at `i` modifies the head noun of "which …" rather than being its verb: it stands at
   * the start of the description, before a word that is no function word: right after "which" (which needs its
   * noun: "Which syndicated radio host argued …", "Which retired general warned …"), or after an adverb, an
   * adjective, a determiner, a capitalised word or another such modifier when only words of a noun phrase stand
   * between it and a later verb ("Which newly elected official said …", "Which longtime syndicated columnist …",
   * "Which of the retired generals …"). After a noun it is the verb ("Which senator warned voters concerned
   * about …").
   */
  function modifiesHead(i: number, verbAt: (i: number) => boolean): boolean {
    const before = ws[i - 1]?.w ?? ''
    const next = lower[i + 1] ?? ''
    if (!next || /[,;:?!]$/.test(ws[i]?.w ?? '') || DETERMINER.test(next) || PREPOSITION.test(next)) return false
    if (aux.test(next)) return false
    // right after "which" a verb would leave "which" without its noun ("What worried investors …" has none)
    if (i === 1) return lower[0] === 'which'
    const previous = lower[i - 1] ?? ''
    const opensPhrase =
      /^\p{Lu}/u.test(before) ||
      /ly$/.test(previous) ||
      DETERMINER.test(previous) ||
      (verbs.isModifier?.(previous) ?? false) ||
      verbAt(i - 1)
    if (!opensPhrase) return false
    for (let j = i + 1; j < ws.length && j < ROLE_WORDS; j++) {
      const w = lower[j] ?? ''
      if (/[,;:?!]$/.test(ws[j - 1]?.w ?? '') || DETERMINER.test(w) || PREPOSITION.test(w) || aux.test(w)) return false
      if (verbAt(j) && !/^\p{Lu}/u.test(ws[j]?.w ?? '')) return !/['’]s?$/.test(ws[j - 1]?.w ?? '')
    }
    return false
  }
  // "what did X say …", "why did X say …", "did X say …"
  // ("How hard / strongly / much did X say …": a degree of what X said is asked, X still says it)
  const at =
    /^(?:what|why|how|when|where)$/.test(lower[0] ?? '') && aux.test(lower[1] ?? '')
      ? 2
      : lower[0] === 'how' && /^\p{Ll}+$/u.test(ws[1]?.w ?? '') && aux.test(lower[2] ?? '')
        ? 3
        : aux.test(lower[0] ?? '')
          ? 1
          : -1
  if (at > 0) return subjectBeforeVerb(at)

  /**
   * The subject that starts at `from` when the verb after it is one of saying. A subject that is a name ends where
   * the first word in lower case stands, and that word is its verb ("When did Obama give his speech?" asks about
   * no statement); a description ("the head of the super PAC") runs to the first verb of saying.
   */
  function subjectBeforeVerb(from: number): SpeakerSlot | null {
    let named = /^\p{Lu}/u.test(ws[from]?.w ?? '')
    // after a form of "be" the verb is a participle ("What is Trump saying?"; "When is the next round?" has none);
    // after "do" or a modal it is the bare verb ("When did the planes fly anti-Trump messages?" has none)
    let auxiliary = lower[from - 1] ?? ''
    const form = (w: string) =>
      /^(?:is|was|were|are|be|been)$/.test(auxiliary)
        ? /ing$/.test(w)
        : /^(?:has|have|had)$/.test(auxiliary) || !/(?:ing|ed|[^s]s)$/.test(w)
    for (let i = from + 1; i < ws.length && i < from + 14; i++) {
      if (/^(?:has|have|had|be|been)$/.test(lower[i] ?? '')) auxiliary = lower[i] ?? ''
      if (sayVerbAt(i) && form(lower[i] ?? '')) {
        let end = i
        while (end > from + 1 && INNER_AUXILIARY.test(lower[end - 1] ?? '')) end--
        return slot(from, end, false, lower[i])
      }
      // a verb of saying after another verb and "to" ("How does X plan to respond …", "What does X intend to tell
      // …"): what X will say is asked, X is the subject of both
      if (
        lower[i + 1] === 'to' &&
        !NOT_DONE.test(lower[i] ?? '') &&
        /^\p{Ll}+$/u.test(ws[i]?.w ?? '') &&
        form(lower[i] ?? '') &&
        !DETERMINER.test(lower[i - 1] ?? '') &&
        !/['’]s?$/.test(ws[i - 1]?.w ?? '') &&
        (verbs.isVerb?.(lower[i] ?? '') ?? false) &&
        saysInAnyForm(lower[i + 2] ?? '') &&
        /^\p{Ll}/u.test(ws[i + 2]?.w ?? '')
      ) {
        // what X plans, tries or means to say ("How does X plan to respond") may be reported without a quote, as an
        // act; "have to say" asks plainly for words
        const planned = slot(from, i, false, lower[i + 2], lower[i + 2])
        const plans = lower[i] !== 'have' && /^(?:how|when)$/.test(lower[0] ?? '')
        return planned && plans ? { ...planned, acts: lower[i] ?? '' } : planned
      }
      // what X said of it is asked, as after "react" ("How did Netanyahu view …" has no answer if he is never quoted)
      if (howStance(i)) return slot(from, i, false, 'say', lower[i])
      if (INNER_AUXILIARY.test(lower[i] ?? '')) continue
      // a possessive makes the name a determiner: a description follows ("Kelly Ayotte's campaign manager")
      if (/['’]s?$/.test(ws[i - 1]?.w ?? '')) named = false
      // a word in lower case before another name is a title ("US envoy Steve Witkoff"), and before a verb of saying
      // the head of a noun the name modifies ("What do Tehran residents think …"); else it is the verb
      if (named && /^\p{Ll}/u.test(ws[i]?.w ?? '') && !/^\p{Lu}/u.test(ws[i + 1]?.w ?? '') && !sayVerbAt(i + 1))
        return null
    }
    return null
  }
  /**
   * "How did/does/do X <verb> Y?": after the subject the bare verb, with an object after it ("How did Bennett view
   * Sanders?", "How did the president characterize Friday's talks?"), asks for X's stance when the verb is one of
   * saying, thinking, perceiving or feeling; "How does X plan to pay …" (an infinitive after it) asks how it is done.
   */
  function howStance(i: number): boolean {
    if (lower[0] !== 'how' || !/^(?:did|does|do)$/.test(lower[1] ?? '') || i < 3) return false
    const w = ws[i]?.w ?? ''
    const l = lower[i] ?? ''
    const next = lower[i + 1] ?? ''
    if (!/^\p{Ll}+$/u.test(w) || !next || /(?:ing|ed|[^s]s)$/.test(l)) return false
    // a noun before the verb asked ("How did a civil rights group react to …", "How did the review panel answer
    // …"): the verb after it is the one asked, with this word the head of the subject
    if (sayVerbAt(i + 1) || (REACTION.test(next) && /^\p{Ll}+$/u.test(ws[i + 1]?.w ?? ''))) return false
    if (
      DETERMINER.test(lower[i - 1] ?? '') ||
      PREPOSITION.test(lower[i - 1] ?? '') ||
      /['’]s?$/.test(ws[i - 1]?.w ?? '')
    )
      return false
    // an infinitive after it: "plan to pay", "try to win"
    const after = ws[i + 2]?.w ?? ''
    if (next === 'to' && /^\p{Ll}+$/u.test(after) && !/s$/.test(after) && (verbs.isVerb?.(after) ?? false)) return false
    return verbs.isStanceVerb?.(l) ?? false
  }
  // "X's reaction to Y", "what was X's position on Y"
  for (let i = 0; i < ws.length - 1 && i < 10; i++) {
    if (!/['’]s?$/.test(ws[i]?.w ?? '') || !STATEMENT_NOUN.test(lower[i + 1] ?? '')) continue
    let from = 0
    while (from < i && /^(?:what|what's|whats|was|is|were|are)$/.test(lower[from] ?? '')) from++
    return slot(from, i + 1)
  }
  // "X on Y?": a short name before "on"
  const on = lower.indexOf('on')
  if (
    on > 0 &&
    on <= 4 &&
    /^\p{Lu}/u.test(ws[0]?.w ?? '') &&
    !/^(?:what|how|why|who|when|where|which)$/.test(lower[0] ?? '')
  )
    return slot(0, on)
  return null
}

/** The most words of a description a yes/no question asks about ("Did Iran's top diplomat meet …"). */
const SUBJECT_WORDS = 6

/**
 * The description a yes/no question asks about as its subject, when it asks for no words: "Did Iran's top diplomat
 * meet the American negotiators …" is about "Iran's top diplomat". The subject opens with an article or a possessive
 * name and runs, through words in lower case and names ("the Iranian Foreign Minister"), to the word before the bare
 * verb: a verb after a word that is no modifier nor determiner ("top" in "top diplomat" modifies the noun after it);
 * null for a named subject ("Did Araghchi meet …", see `yesNoSubject`) or when no verb is found.
 */
export function describedSubject(question: string, verbs: VerbTests = {}): SpeakerSlot | null {
  const ws = words(question.trim())
  const lower = ws.map((x) => word(x.w).toLowerCase())
  if (!/^(?:did|does|do|will|would|can|could|should)$/.test(lower[0] ?? '')) return null
  const first = ws[1]?.w ?? ''
  if (!/^(?:the|a|an)$/.test(lower[1] ?? '') && !/^\p{Lu}\S*['’]s$/u.test(first)) return null
  const isVerb = verbs.isVerb ?? (() => false)
  const isModifier = verbs.isModifier ?? (() => false)
  for (let i = 2; i < ws.length && i <= SUBJECT_WORDS; i++) {
    const w = ws[i]?.w ?? ''
    if (!/^\p{Ll}+$/u.test(w)) {
      // a name inside the description ("the Iranian Foreign Minister") goes on; punctuation ends it
      if (/^\p{Lu}[\p{L}.'’-]*$/u.test(w)) continue
      return null
    }
    const l = lower[i] ?? ''
    if (DETERMINER.test(l) || PREPOSITION.test(l)) return null
    const previous = lower[i - 1] ?? ''
    if (i > 2 && isVerb(l) && !isModifier(previous) && !DETERMINER.test(previous)) {
      const a = ws[1] as { start: number }
      const b = ws[i - 1] as { end: number }
      const text = question.trim().slice(a.start, b.end)
      return { text, start: a.start, end: b.end, asked: false, says: false }
    }
  }
  return null
}
