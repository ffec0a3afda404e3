/** Quotations and reported statements of one article, with speakers resolved within the article. */
import type { Article, DateMention, Quote } from '../types.js'
import { type Attribution, findAttributions, type Range } from './attribution.js'
import { ArticleCasing, lowerSentenceStarts, markSurnames } from './casing.js'
import { type Entity, EntityRegistry, WEIGHT } from './entities.js'
import { likelyGenderOfGivenName } from './given-names.js'
import { interviewAnswer, interviewee } from './interview.js'
import { addKin, kinFullName } from './kin-names.js'
import { learnFromPronouns, learnFromSubject, type Statement } from './learn-from-text.js'
import { GROUP_NAME_RE, PARTY_WORDS } from './lexicon.js'
import { findNameMentions, looksLikePersonName, type NameMention } from './mentions.js'
import { nameIntroducedSpeakers } from './named-next.js'
import { maskQuotes, scanQuotes } from './quote-marks.js'
import { readTitlesAsWords } from './quoted-titles.js'
import { NOBODY, noteIssuers, noteOwnDocument, personOfRole, resolve, type Who } from './resolve-speaker.js'
import { type Span, saidDate } from './said-date.js'
import { namedBeforeColon, speakerLabel } from './speaker-label.js'
import { isHeadline, isNotAStatement } from './statement-filters.js'
import { joined, spanAt, statementText } from './statement-text.js'
import { contrastSubject, mainSubject } from './subject.js'
import type { Token } from './token.js'
import { transcriptSpeakers } from './transcript.js'
import { splitUnits } from './units.js'

type Draft = Omit<Quote, 'speaker' | 'role'> & { who: Who | null; role: string | null; unclosed: boolean }

/** "READ MORE: ...", "WATCH: ...": a link to another story, not a statement. */
const LINK_LABEL_RE = /^(?:READ MORE|WATCH|RELATED|MORE|LISTEN|SEE ALSO|PHOTOS|VIDEO)\b[^:]{0,20}:/i

/**
 * "On Dec. 13, the mayor brought up the plan again": a sentence about someone by their role puts them in focus, as
 * their name would, for the pronoun that follows ("..., he said.").
 */
function roleSubject(reg: EntityRegistry, toks: Token[], text: string): Entity | null {
  const subject = mainSubject(toks, text)
  if (subject?.kind !== 'description' || !subject.definite || subject.plural || !/^the\s/i.test(subject.text))
    return null
  // (the head as read may run on into the verb: "the mayor brought up")
  for (const word of subject.text.toLowerCase().split(/\s+/).slice(1, 4)) {
    const e = personOfRole(reg, word)
    if (!e) continue
    reg.mention(e, WEIGHT.subject)
    return e
  }
  return null
}

/** Finds the quotations and reported statements of one article. */
export function extractQuotes(article: Article, dates: readonly DateMention[]): Quote[] {
  const texts = article.paragraphs.map((p) => p.text)
  const reg = new EntityRegistry(texts)
  const casing = new ArticleCasing(texts)
  const transcript = transcriptSpeakers(texts, casing)
  const answerer = interviewee(texts)
  const drafts: Draft[] = []
  let carried = false
  let last: { who: Who; paragraph: number; said: string | null } | null = null
  /**
   * The person a sentence that quotes nobody is about, after the last statement ("Lazaro Gonzalez, the boy's
   * great-uncle, was defiant.", "Schoen elaborated in an editorial."): the one a quotation standing alone next goes to.
   */
  let introduced: { who: Who; paragraph: number } | null = null
  let pending: Draft[] = []
  /** Quotations standing alone, whose speaker is only carried on from the statement before them. */
  const guessed = new Set<Draft>()
  /** The speaker of the last statement, if it was in this paragraph or the one before. */
  const recent = (n: number): Who | null => (last && last.paragraph >= n - 1 ? last.who : null)
  const datesOf = new Map<number, DateMention[]>()
  for (const d of dates) {
    if (d.article !== article.id) continue
    const list = datesOf.get(d.paragraph) ?? []
    list.push(d)
    datesOf.set(d.paragraph, list)
  }

  for (const p of article.paragraphs) {
    const text = p.text
    const scanned = scanQuotes(text, carried)
    const { masked, spans } = readTitlesAsWords(text, maskQuotes(text, scanned.spans), scanned.spans)
    const scan = { ...scanned, spans }
    const units = splitUnits(text, masked, scan.spans)
    // a line without closing punctuation is a headline, unless a quotation runs through it
    const headline = (isHeadline(text) && !scan.endsInside && !carried) || LINK_LABEL_RE.test(text)
    const paraDates = datesOf.get(p.n) ?? []
    const emit = (d: Omit<Draft, 'article' | 'paragraph' | 'source' | 'published'>) => {
      const draft: Draft = {
        article: article.id,
        paragraph: p.n,
        text: d.text,
        kind: d.kind,
        who: d.who,
        role: d.role,
        said: d.said,
        source: article.source,
        published: article.published,
        start: d.start,
        end: d.end,
        unclosed: d.unclosed,
      }
      drafts.push(draft)
      if (d.who && (d.who.entity || d.who.label)) {
        last = { who: d.who, paragraph: p.n, said: d.said }
        introduced = null
      }
      return draft
    }
    // "TAPPER: Do you think ...": the whole line is what the labelled person said
    const label =
      carried || LINK_LABEL_RE.test(text)
        ? null
        : (speakerLabel(text, reg, casing, transcript) ?? interviewAnswer(text, answerer))
    if (label) {
      const e = reg.addName(label.name, { confirmed: true })
      reg.tick()
      reg.mention(e, WEIGHT.speaker)
      // (a line opened by a quotation mark closes with one, which is no part of the statement)
      const body = text.slice(label.start).replace(/^["“]/.test(text) ? /["”]?\s*$/ : /\s+$/, '')
      emit({
        text: body,
        kind: 'indirect',
        start: label.start,
        end: label.start + body.length,
        who: { entity: e, label: null },
        role: null,
        said: null,
        unclosed: false,
      })
      carried = scan.endsInside
      pending = []
      continue
    }
    let firstInParagraph = true
    const introducesNext = /:\s*$/.test(text)
    for (const u of units) {
      reg.tick()
      markSurnames(u.tokens, (low) => reg.isSurname(low))
      lowerSentenceStarts(u.tokens, casing)
      noteIssuers(reg, masked.slice(u.start, u.end))
      const toks = u.tokens
      const attrs = headline ? [] : findAttributions(toks, text)
      const statements: Statement[] = []
      for (const a of attrs) {
        const reported = (r: Range | null) => r !== null && !toks.slice(r.a, r.b + 1).some((t) => t.kind === 'q')
        // "The bigger risk, he said, is a clash ...": one reported clause around an attribution set in commas
        // (a second clause after "and" or "but" stays a statement of its own, as GGT counts it)
        const coordinated = a.continuation !== null && /^(?:and|but|or|so)$/.test(toks[a.continuation.a]?.low ?? '')
        if (
          a.backward &&
          a.continuation &&
          a.cls !== 'according' &&
          !coordinated &&
          reported(a.backward) &&
          reported(a.continuation)
        ) {
          statements.push({ range: a.backward, attr: a, rest: a.continuation })
          if (a.forward) statements.push({ range: a.forward, attr: a })
        } else for (const r of [a.forward, a.backward, a.continuation]) if (r) statements.push({ range: r, attr: a })
        for (const q of a.partial) statements.push({ range: { a: q, b: q }, attr: a })
      }
      const mentions = headline ? [] : findNameMentions(toks, text)
      const inStatement = (m: NameMention, s: Statement) =>
        (m.a >= s.range.a && m.b <= s.range.b) || (s.rest !== undefined && m.a >= s.rest.a && m.b <= s.rest.b)
      // a name mentioned in the unit makes its bearer salient for later pronouns, once, in reading order
      const applied = new Set<NameMention>()
      const applyMention = (m: NameMention): void => {
        if (applied.has(m)) return
        applied.add(m)
        const kinName = m.kin ? kinFullName(reg, m.phrase.name, m.kin) : null
        if (kinName) {
          m.phrase = { ...m.phrase, name: kinName }
          addKin(reg, kinName, { role: m.role, gender: m.phrase.gender, confirmed: true })
        }
        const reported = statements.some((s) => inStatement(m, s))
        let e = reg.findName(m.phrase.name)
        const single = !m.phrase.name.includes(' ')
        // a one-word name must not be an ordinary word the article also writes in lower case ("Attempts")
        // and, opening the sentence, it must be capitalised inside one somewhere ("Details were not released")
        const newSingle = () =>
          single &&
          m.subject &&
          !m.phrase.org &&
          (m.phrase.gender !== null ||
            (!casing.writtenLower(m.phrase.name.toLowerCase()) &&
              (!sentenceStart(toks, m.a) || casing.capitalisedInside(m.phrase.name))))
        // two or three capitalised words name a person when they open the clause or start with a given name
        const person = () =>
          looksLikePersonName(m.phrase.name) && (m.subject || likelyGenderOfGivenName(m.phrase.name) !== null)
        // "the ranking Democrat", "the Wisconsin Republican": a party word ends an epithet, not a name; and a
        // one-word name the article only ever puts after "in" ("in Clarkston") and never has speak is a place
        const lastWord = m.phrase.name.split(/\s+/).at(-1)?.toLowerCase() ?? ''
        if (!e && !m.phrase.org && (PARTY_WORDS.has(lastWord) || (single && casing.placeLike(m.phrase.name)))) return
        if (!e && (m.titled || m.honorific || m.phrase.org || person() || newSingle())) {
          e = reg.addName(m.phrase.name, {
            role: m.role,
            gender: m.phrase.gender,
            kind: m.phrase.org ? 'org' : single && GROUP_NAME_RE.test(m.phrase.name) ? 'group' : 'person',
            confirmed: m.titled,
          })
        } else if (e && m.role) reg.addName(m.phrase.name, { role: m.role, confirmed: m.titled })
        if (!e) return
        const weight = reported
          ? WEIGHT.reported
          : m.possessive
            ? WEIGHT.possessive
            : m.subject
              ? WEIGHT.subject
              : m.titled
                ? WEIGHT.titled
                : WEIGHT.other
        reg.mention(e, weight)
      }
      // resolve the speakers of this unit, in order
      const whoOf = new Map<Attribution, Who>()
      let previous: Who | null = null
      for (const a of attrs) {
        // "Trump has made statements, which he said ...": the names before the attribution are read first
        for (const m of mentions) if (m.b < a.pre) applyMention(m)
        const exclude = new Set<Entity>()
        /** Named inside a statement, neither opening it (its subject) nor as a possessive. */
        const inside = new Set<Entity>()
        for (const s of statements) {
          if (s.attr !== a) continue
          for (const m of mentions) {
            if (!inStatement(m, s)) continue
            const e = reg.findName(m.phrase.name)
            if (e) exclude.add(e)
            const opens = m.a <= s.range.a + 1 || (s.rest !== undefined && m.a >= s.rest.a && m.a <= s.rest.a + 1)
            if (e && !m.possessive && !opens) inside.add(e)
          }
        }
        let who: Who | null = null
        if (a.subject) who = resolve(reg, a.subject, a.apposition, exclude, previous ?? recent(p.n), inside)
        else if (a.inherit) {
          who = previous
          if (!who) {
            const subj = contrastSubject(toks, a.verb, text) ?? mainSubject(toks, text)
            if (subj) who = resolve(reg, subj, null, exclude, recent(p.n))
          }
        }
        if (who?.entity) reg.mention(who.entity, WEIGHT.speaker)
        whoOf.set(a, who ?? NOBODY)
        if (who?.entity || who?.label) {
          const after = toks.slice(a.verb + 1, a.verb + 8).filter((t) => t.kind === 'w')
          noteOwnDocument(
            reg,
            after.map((t) => t.low),
            who,
          )
        }
        if (who) previous = who
        // "He said:", "as X observed, ...:" closing the paragraph: the quotation that follows is theirs
        if (a.introduces && introducesNext && who && (who.entity || who.label))
          last = { who, paragraph: p.n, said: null }
      }
      // the names mentioned after the last attribution make them salient for later pronouns
      for (const m of mentions) applyMention(m)
      learnFromPronouns(attrs, whoOf, toks)
      learnFromSubject(reg, mentions, toks, statements)
      if (attrs.length === 0 && !headline) {
        const intro = mentions.find((m) => m.subject && !m.phrase.org)
        const e = intro ? reg.findName(intro.phrase.name) : (roleSubject(reg, toks, text) ?? null)
        if (e?.kind === 'person') introduced = { who: { entity: e, label: null }, paragraph: p.n }
      }

      // the statements
      // where a date may not be (statements, quotations) and what it may not cross (reported clauses); built on demand
      let excluded: Span[] | null = null
      let barriers: Span[] | null = null
      const dateOf = (a: Attribution): string | null => {
        if (paraDates.length === 0) return null
        const spansOf = (s: Statement): Span[] =>
          [s.range, ...(s.rest ? [s.rest] : [])].map((r) => ({
            start: (toks[r.a] as Token).start,
            end: (toks[r.b] as Token).end,
          }))
        barriers ??= statements.filter((s) => !s.attr?.partial.includes(s.range.a)).flatMap(spansOf)
        excluded ??= [
          ...statements.flatMap(spansOf),
          ...u.quotes.map((q) => ({ start: q.open >= 0 ? q.open : q.start, end: q.close >= 0 ? q.close + 1 : q.end })),
        ]
        return saidDate(paraDates, u, excluded, (toks[a.verb] as Token).start, barriers)
      }
      const covered = new Set<number>()
      for (const s of statements) {
        for (let k = s.range.a; k <= s.range.b; k++) if (toks[k]?.kind === 'q') covered.add(k)
        const body = joined(
          statementText(text, toks, s.range, u.quotes),
          s.rest && statementText(text, toks, s.rest, u.quotes),
        )
        if (!body) continue
        const attr = s.attr as Attribution
        const said = dateOf(attr)
        const who = whoOf.get(attr) ?? NOBODY
        emit({
          text: body.text,
          kind: body.kind,
          start: body.start,
          end: body.end,
          who,
          role: null,
          said,
          unclosed: body.unclosed,
        })
      }

      // quotations no attribution took: continuations, and partial quotes in a sentence
      const pure = toks.every((t) => t.kind !== 'w')
      toks.forEach((t, k) => {
        if (t.kind !== 'q' || covered.has(k) || headline) return
        const span = spanAt(u.quotes, t.start)
        if (!span) return
        const words = text.slice(span.start, span.end).replace(/[\s,]+$/, '')
        if (pure) {
          const continuesPrevious = last !== null && last.paragraph >= p.n - 1
          const carriedOn = span.open < 0 && firstInParagraph
          const fresh = !carriedOn && introduced !== null && introduced.paragraph >= p.n - 1 ? introduced.who : null
          const who = fresh ?? (continuesPrevious || carriedOn ? (last?.who ?? null) : null)
          const draft = emit({
            text: words,
            kind: 'direct',
            start: span.start,
            end: span.start + words.length,
            who,
            role: null,
            said: who ? (last?.said ?? null) : null,
            unclosed: span.close < 0,
          })
          guessed.add(draft)
          if (span.close < 0) pending.push(draft)
          return
        }
        if (isNotAStatement(words, text.slice(Math.max(0, Math.max(span.open, 0) - 40), span.open))) return
        const nearest = nearestAttribution(attrs, k)
        // "- Philip Bump: “...”", "Clinton's response was: “...”": a name and a colon before the quotation
        // (or the subject of a sentence that quotes nobody, before its colon: "Perez lobbies for a higher wage: “...”")
        const labelled =
          nearest === null
            ? (namedBeforeColon(toks, k, mentions) ??
              (toks[k - 1]?.text === ':' && attrs.length === 0
                ? (mentions.find((m) => m.subject && !m.phrase.org && m.b < k) ?? null)
                : null))
            : null
        // quoted words in a sentence nobody is said to speak in: a term or a slogan unless it reads as a statement
        if (!nearest && !labelled && words.split(/\s+/).length < 4) return
        // a full quotation in a sentence with no attribution is the words of the person the sentence is about
        // ("Dottie Deans, the chairwoman of the party, ... credited him for “an exciting and inspiring campaign.”"),
        // or else goes on with the speaker quoted just before it
        const about =
          !nearest && !labelled && attrs.length === 0
            ? mentions.find((m) => m.subject && !m.phrase.org && m.b < k)
            : null
        const aboutWho = about ? reg.findName(about.phrase.name) : null
        const own = aboutWho?.kind === 'person' ? aboutWho : null
        if (own) reg.mention(own, WEIGHT.speaker)
        const carriesOn =
          !nearest && !labelled && !own && last !== null && last.paragraph >= p.n - 1 && words.split(/\s+/).length >= 4
        const labelledWho = labelled
          ? reg.addName(labelled.phrase.name, { kind: labelled.phrase.org ? 'org' : 'person' })
          : null
        if (labelledWho) reg.mention(labelledWho, WEIGHT.speaker)
        const who = nearest
          ? (whoOf.get(nearest) ?? null)
          : labelledWho
            ? { entity: labelledWho, label: null }
            : own
              ? { entity: own, label: null }
              : carriesOn
                ? (last?.who ?? null)
                : null
        const said = nearest ? dateOf(nearest) : carriesOn ? (last?.said ?? null) : null
        emit({
          text: words,
          kind: 'direct',
          start: span.start,
          end: span.start + words.length,
          who,
          role: null,
          said,
          unclosed: false,
        })
      })

      // a quotation carried over from the previous paragraph takes the speaker this paragraph gives it, also when
      // the paragraph opens the quotation again, as newsrooms write a quotation running over paragraphs, and its
      // attribution comes only after it ("“... next year. / “And every year ...,” said Ana Ruiz.")
      const first = scan.spans[0]
      if (firstInParagraph && pending.length > 0 && first !== undefined && first.open <= 0) {
        const attributed = drafts.find((d) => d.paragraph === p.n && d.start === first.start && d.who?.entity)
        if (attributed && !guessed.has(attributed))
          for (const d of pending) if (!d.who?.entity || guessed.has(d)) d.who = attributed.who
      }
      firstInParagraph = false
    }
    if (!scan.endsInside) pending = []
    carried = scan.endsInside
  }

  nameIntroducedSpeakers(drafts)
  return drafts.map(({ who, unclosed: _u, role, ...q }) => ({
    ...q,
    speaker: who?.entity?.name ?? who?.label ?? null,
    role: who?.entity?.role ?? role ?? null,
  }))
}

/** Does the token at `k` open a sentence of the unit? */
function sentenceStart(toks: Token[], k: number): boolean {
  const before = toks[k - 1]
  return before === undefined || (before.kind === 'p' && /^[.!?]$/.test(before.text))
}

function nearestAttribution(attrs: Attribution[], k: number): Attribution | null {
  let best: Attribution | null = null
  let bestD = Number.POSITIVE_INFINITY
  for (const a of attrs) {
    if (a.cls === 'according') continue
    const d = Math.abs(a.verb - k)
    if (d < bestD) {
      best = a
      bestD = d
    }
  }
  return best
}
