/**
 * Finds the attributions in one sentence unit ("X said", "said X, a ...", "according to X", "calling it “...”")
 * and the statements they attach to: a reported clause after the verb, the words before a trailing attribution,
 * or a quotation next to it.
 */
import { according } from './according-to.js'
import { singularBeforeBareVerb } from './agreement.js'
import { endOfClause, endOfObject, forwardOf, partialAfter, quoteAhead } from './complement.js'
import { PERSONAL_PRONOUNS, type VerbClass } from './lexicon.js'
import { isNounPhrase, readSpeakerPhrase, type SpeakerPhrase } from './speaker-phrase.js'
import { verbAt } from './speech-verb.js'
import { afterDateline, type Subject, subjectAfter, subjectBefore } from './subject.js'
import { beforeAside, isDash, isPunct, isWord, lower, type Token } from './token.js'

/** Token indices, both inclusive. */
export type Range = { a: number; b: number }

export type Attribution = {
  /** Token index of the (first word of the) speech verb. */
  verb: number
  cls: VerbClass
  /** The speaker phrase; null when the subject is shared with an earlier clause (`inherit`). */
  subject: SpeakerPhrase | null
  /** An apposition or modifier given with the subject ("a US foreign policy expert at Kuwait University"). */
  apposition: string | null
  inherit: boolean
  /** An -ing form ("adding", "calling"): it modifies a clause and takes its subject. */
  participle: boolean
  /** First token of the attribution (subject, apposition or verb) and the first token after it. */
  pre: number
  post: number
  /** The statement after the verb ("said [that] ...", "said: “...”"), open-ended until the next attribution. */
  forward: Range | null
  /** The statement before a trailing attribution ("..., she said."). */
  backward: Range | null
  /** A statement continuing after a trailing attribution ("..., he said, but ..."). */
  continuation: Range | null
  /** Quotation tokens in the object of a `call` verb ("praised the talks as “very good”"). */
  partial: number[]
  /** "He said:", "as X observed, ...:": the unit ends in a colon, so its statement goes on in what follows. */
  introduces: boolean
}

/** A form of "be" before an -ing verb: "he's saying", "they were saying", "I'm telling you". */
const PROGRESSIVE_RE = /^(?:is|are|was|were|(?:he|she|it|they|we|i|you)['’](?:s|re|m))$/

/** The participle verbs that may open a unit ("Despite calling the talks ..."), or follow a comma. */
const isParticiple = (t: Token) => /ing$/.test(t.text)

/** Where an indirect question starts after "asked" and its addressee ("asked Trump if he would ..."); or -1. */
function indirectQuestion(toks: Token[], k: number): number {
  for (let m = k; m < Math.min(toks.length - 2, k + 6); m++) {
    const t = toks[m] as Token
    if (!isWord(t)) return -1
    if (/^(?:if|whether|what|how|why|who|when|where|which)$/.test(t.low) && isWord(toks[m + 1])) return m
  }
  return -1
}

/** "with Donald Trump tweeting that ...": the noun phrase between "with" and the participle at `vi`. */
function withSubject(toks: Token[], vi: number, text: string): Subject | null {
  for (let w = vi - 1; w >= Math.max(0, vi - 8); w--) {
    const t = toks[w] as Token
    if (!isWord(t)) return null
    if (t.low !== 'with') continue
    if (w + 1 > vi - 1 || !isNounPhrase(toks, w + 1, vi - 1)) return null
    const phrase = readSpeakerPhrase(toks, w + 1, vi - 1, text)
    return phrase && phrase.kind !== 'pronoun' ? { phrase, pre: w + 1, apposition: null } : null
  }
  return null
}

/** The "is"/"was" that ends the free relative "what she said (to reporters)" after its verb; or -1. */
function copulaAfter(toks: Token[], k: number): number {
  for (let m = k; m < Math.min(toks.length - 1, k + 6); m++) {
    const t = toks[m] as Token
    if (!isWord(t)) return -1
    if (t.low === 'is' || t.low === 'was') return m
  }
  return -1
}

/** "quoted Wassim Bouhlel, a Nice native, as saying": the object of "quoted" before the "as" at `as`. */
function quotedAs(toks: Token[], as: number, text: string): Subject | null {
  let q = as - 1
  while (q > Math.max(0, as - 16) && toks[q]?.low !== 'quoted' && toks[q]?.kind !== 'q') q--
  if (toks[q]?.low !== 'quoted' || q + 1 >= as) return null
  let e = q + 1
  while (e < as && !isPunct(toks[e], ',')) e++
  // "one of Trump's advisers", "two of his aides": a part of a group
  const part = toks[q + 2]?.low === 'of' && /^(?:one|some|two|three|several|many|few)$/.test(toks[q + 1]?.low ?? '')
  if (!isNounPhrase(toks, part ? q + 3 : q + 1, e - 1)) return null
  const phrase = readSpeakerPhrase(toks, q + 1, e - 1, text)
  if (!phrase || phrase.kind === 'pronoun') return null
  const apposition =
    e < as - 1 ? text.slice((toks[e + 1] as Token).start, (toks[as - 1] as Token).start).replace(/[\s,]+$/, '') : null
  return { phrase, pre: q + 1, apposition: apposition || null }
}

/** Is the clause from `pre` to the verb ending at `ve` an aside "-- as X noted --" set between dashes after a word? */
function asideAfterName(toks: Token[], pre: number, ve: number): boolean {
  if (toks[pre - 1]?.low !== 'as' || !isDash(toks, pre - 2)) return false
  for (let m = ve + 1; m < Math.min(toks.length, ve + 6); m++) {
    if (isDash(toks, m)) return beforeAside(toks, m) >= 0
    if (!isWord(toks[m])) return false
  }
  return false
}

/** Conjunctions that open an adverbial clause before the main clause ("When X said ..., Y replied"). */
const SUBORDINATORS = new Set(
  'when whenever if after before although though because since once while until as'.split(' '),
)

/** Does the clause whose subject starts at `pre` open with a subordinating conjunction that opens a sentence? */
function opensSubordinate(toks: Token[], pre: number): boolean {
  const c = toks[pre - 1]
  if (!isWord(c) || !SUBORDINATORS.has(lower(c))) return false
  const before = toks[pre - 2]
  return before === undefined || before.kind === 'q' || isPunct(before, '.!?')
}

/** Finds every attribution in a unit, in order, with their statements (forward ranges end at the unit end). */
export function findAttributions(toks: Token[], text: string): Attribution[] {
  const out: Attribution[] = []
  let consumed = -1
  const last = toks.length - 1
  const endsInColon = isPunct(toks[last], ':')
  for (let vi = 0; vi <= last; vi++) {
    const v = toks[vi] as Token
    if (v.kind !== 'w' || vi <= consumed) continue
    const found = verbAt(toks, vi)
    if (!found) continue
    const { end: ve, cls } = found
    const prev = out[out.length - 1]
    const prevLimit = prev ? Math.max(prev.post, prev.backward ? prev.post : 0) : afterDateline(toks)
    if (cls === 'according') {
      const a = according(toks, vi, prev?.forward ? vi : prevLimit, text)
      if (a) {
        if (prev?.forward && prev.forward.a < vi) prev.forward.b = vi - 1
        out.push(a)
        consumed = a.post - 1
      }
      continue
    }
    let subject: Subject | null = null
    let inherit = false
    let inverted = false
    let post = ve + 1
    // "Having announced that ...": a perfect participle, like "announcing"
    const participle = isParticiple(v) || lower(toks[vi - 1] ?? v) === 'having'
    if (participle) {
      // "he was quoted as saying"
      const b1 = toks[vi - 1]
      const b2 = toks[vi - 2]
      if (isWord(b1) && lower(b1) === 'as' && isWord(b2) && lower(b2) === 'quoted') {
        let w = vi - 3
        while (
          w > 0 &&
          isWord(toks[w]) &&
          /^(?:was|is|were|are|been|being|has|have|had|also)$/.test(lower(toks[w] as Token))
        )
          w--
        const s = subjectBefore(toks, w + 1, text)
        if (s && typeof s === 'object') subject = s
        else inherit = true
      } else {
        // "The Associated Press quoted one of his advisers as saying ...": the one quoted speaks, not the outlet;
        // "with Sen. John McCain calling it ...": the participle's own subject after "with"
        const own =
          (isWord(b1) && lower(b1) === 'as' ? quotedAs(toks, vi - 1, text) : null) ?? withSubject(toks, vi, text)
        if (own) subject = own
        else if (isWord(b1) && PROGRESSIVE_RE.test(b1.low)) {
          // "He's suggesting that ...", "she was saying": a finite verb in the progressive, with its own subject
          const contracted = /['’]/.test(b1.low)
          const s = contracted
            ? ({
                phrase: { kind: 'pronoun', pronoun: b1.low.replace(/['’].*$/, '') },
                pre: vi - 1,
                apposition: null,
              } as const)
            : subjectBefore(toks, vi - 1, text)
          if (s && typeof s === 'object') subject = s
          else if (s === 'blocked') continue
          else inherit = true
        } else inherit = true
      }
    } else {
      const s = subjectBefore(toks, vi, text)
      if (s === 'blocked') continue
      if (s && typeof s === 'object' && singularBeforeBareVerb(s.phrase, toks, vi)) continue
      if (s === 'coordinated') inherit = true
      else if (s) subject = s
      else {
        const before = toks[vi - 1]
        // "Kasich offered the man a job, then says he'll welcome advice": a second verb of the same subject
        if (isWord(before) && /^(?:then|later|also)$/.test(before.low) && isPunct(toks[vi - 2], ',')) inherit = true
        else if (before !== undefined && before.kind !== 'q' && !isPunct(before, ',:—–')) continue
        if (!inherit) {
          const inv = subjectAfter(toks, ve, text)
          if (!inv) continue
          subject = inv
          inverted = true
          post = inv.post
        }
      }
    }
    const pre = subject ? (inverted ? vi : subject.pre) : vi
    // "Spicer -- as Clinton's campaign noted -- even promoted ...": an aside between dashes after a name remarks on
    // the main clause; its subject does not speak the words of that clause
    if (subject && !inverted && asideAfterName(toks, pre, ve)) continue
    // a verb inside an earlier statement is reported speech within speech, unless it starts a new clause
    const open = prev?.forward && prev.forward.a <= vi && !prev.participle ? prev : null
    // "Kuchma assured Yeltsin that Ukraine would stay out of NATO, Yeltsin's spokesman said.": an attribution after a
    // comma that closes the sentence reports the whole clause before it, the statement of saying in it included
    let reportsClause: Attribution | null = null
    if (open) {
      const b1 = toks[pre - 1]
      const b2 = toks[pre - 2]
      const comma = (t: Token | undefined) =>
        isPunct(t, ',') || (t?.kind === 'q' && /,(?:["”“]|'')?$/u.test(text.slice(t.start, t.end)))
      const strong =
        isPunct(b1, ';') ||
        (isWord(b1) && /^(?:while|but|whereas)$/.test(lower(b1))) ||
        (isWord(b1) && lower(b1) === 'and' && comma(b2)) ||
        (inherit && comma(b1)) ||
        // "He says the response was to break them up and says he introduced a bill": the same verb again
        (inherit && isWord(b1) && lower(b1) === 'and' && toks[open.verb]?.low === v.low) ||
        // "When Trump suggested that Cuba would sue, Rubio fired back: ...": the clause of saying sat in an opening
        // subordinate clause, which ends at the comma before the main clause's own subject
        (subject !== null && !inverted && comma(b1) && opensSubordinate(toks, open.pre))
      // (not "…, a point Feinstein acknowledged.": a name after an indefinite noun is a relative clause's subject)
      const relative = subject?.phrase.kind === 'name' && /^(?:a|an)$/.test(toks[pre]?.low ?? '')
      if (subject !== null && !inverted && !strong && !relative && isPunct(b1, ',')) {
        const after = forwardOf(toks, post, cls, false)
        // (the sentence ends there, or goes on only with the report's own source: ", according to Interfax")
        const closes = (k: number) =>
          k > last ||
          (k === last && isPunct(toks[k], '.!?')) ||
          (isPunct(toks[k], ',') && toks[k + 1]?.low === 'according')
        if (after.ends && after.content === null && closes(after.post)) reportsClause = open
      }
      if (!strong && !reportsClause) continue
    }
    let attr: Attribution = {
      verb: vi,
      cls,
      subject: subject?.phrase ?? null,
      apposition: subject?.apposition ?? null,
      inherit,
      participle,
      pre,
      post,
      forward: null,
      backward: null,
      continuation: null,
      partial: [],
      introduces: endsInColon,
    }
    if (cls === 'call') {
      const personal = subject?.phrase.kind === 'name' || subject?.phrase.kind === 'pronoun'
      const m = partialAfter(toks, ve, personal ? 0 : 1)
      if (m >= 0) attr = { ...attr, partial: [m], post: m + 1 }
      else if (!endsInColon) continue
    } else {
      // "What she said is that ...", "What Lopez told reporters was ...": the statement follows the copula
      const cleft = !inverted && subject !== null && toks[pre - 1]?.low === 'what' ? copulaAfter(toks, ve + 1) : -1
      const fwd = forwardOf(
        toks,
        cleft >= 0 ? cleft + 1 : post,
        participle && !/^(?:saying|adding|telling)$/.test(v.low) ? 'that' : cleft >= 0 ? 'that' : cls,
        inverted,
      )
      if (fwd.content === null) {
        // "joked in his turn to answer the question, “...”"
        const q = quoteAhead(toks, fwd.post)
        if (q >= 0) {
          fwd.content = q
          fwd.post = q
        }
      }
      if (inverted && (fwd.content !== null ? toks[fwd.content]?.kind !== 'q' : !fwd.ends)) continue
      const preTok = toks[pre - 1]
      const quoteBefore = preTok?.kind === 'q' || (isPunct(preTok, ',') && toks[pre - 2]?.kind === 'q')
      if (cls === 'direct') {
        // a quotation, or a clause with "that" ("joked that he appreciates a good protest")
        const thatClause = fwd.content !== null && lower(toks[fwd.content - 1] ?? v) === 'that'
        // "asked Trump how high the wall would be", "wondered whether ...": an indirect question
        const question = /^(?:ask|asks|asked|asking|wonder|wonders|wondered)$/.test(v.low)
          ? indirectQuestion(toks, ve + 1)
          : -1
        const content =
          fwd.content !== null && (toks[fwd.content]?.kind === 'q' || thatClause)
            ? fwd.content
            : question >= 0
              ? question
              : null
        if (!quoteBefore && content === null && !endsInColon) continue
        attr.forward = content !== null ? { a: content, b: last } : null
      } else {
        attr.forward = fwd.content !== null && fwd.content <= last ? { a: fwd.content, b: last } : null
        // "“I am going to be the nominee,” he said aboard his plane on Monday as he crossed Nevada": after the
        // quotation it attributes, what follows the verb is an adjunct unless "that", a pronoun or a quotation opens it
        const c = fwd.content
        if (quoteBefore && c !== null && !inverted) {
          const opener = toks[c] as Token
          const clause =
            opener.kind === 'q' || lower(toks[c - 1] ?? opener) === 'that' || PERSONAL_PRONOUNS.has(opener.low)
          if (!clause) attr.forward = null
        }
      }
      attr.post = fwd.post
      // "Adding, “...”": no main clause says who; the quotation goes on with the speaker before, as if unattributed
      if (participle && vi === 0 && isPunct(toks[1], ',') && toks[2]?.kind === 'q') continue
      // "Saying “nothing is certain” about his return, Cuba's government ...": the opening phrase ends at its comma
      if (participle && vi === 0 && attr.forward) {
        let c = attr.forward.a
        while (c <= last && !isPunct(toks[c], ',')) c++
        if (c <= last) attr.forward = { a: attr.forward.a, b: c - 1 }
      }
      // "As The Washington Post reported, even if Sanders ...": the clause after "As X said," is the statement
      const asOpener =
        isWord(toks[pre - 1]) && toks[pre - 1]?.low === 'as' && (pre === 1 || isPunct(toks[pre - 2], ','))
      if (!attr.forward && asOpener && isPunct(toks[fwd.post], ',') && isWord(toks[fwd.post + 1]))
        attr.forward = { a: fwd.post + 1, b: last }
      if (!attr.forward && cls !== 'direct') {
        // "declaring the missile program “never negotiable”"
        const m = partialAfter(toks, ve, 1)
        if (m >= 0) attr = { ...attr, partial: [m], post: m + 1 }
      }
      if (
        !inherit &&
        (fwd.ends || quoteBefore) &&
        preTok &&
        (preTok.kind === 'q' || isPunct(preTok, ',—–:')) &&
        (attr.forward === null || quoteBefore)
      ) {
        const b = preTok.kind === 'q' ? pre - 1 : pre - 2
        const a = reportsClause ? reportsClause.pre : prev ? prev.post : afterDateline(toks)
        if (b >= a && (reportsClause || !(prev?.forward && prev.forward.a <= b))) {
          attr.backward = { a, b }
          // ("“...,” said Sperling, but she has developed a reputation ...": after a quotation, the clause that goes
          // on is the reporter's)
          if (fwd.continuation !== null && fwd.continuation <= last && !quoteBefore)
            attr.continuation = { a: fwd.continuation, b: last }
        }
      }
      if (
        !attr.forward &&
        !attr.backward &&
        !attr.partial.length &&
        !endsInColon &&
        !inherit &&
        cls !== 'say' &&
        cls !== 'tell'
      )
        continue
    }
    if (open?.forward) open.forward.b = Math.max(open.forward.a, pre - 1)
    out.push(attr)
    consumed = Math.max(consumed, attr.post - 1, ve)
  }
  for (const a of out) {
    if (!a.forward) continue
    a.forward.b = endOfClause(toks, a.forward.a, a.forward.b)
    if (a.cls === 'demand') a.forward.b = endOfObject(toks, a.forward.a, a.forward.b)
  }
  return out
}
