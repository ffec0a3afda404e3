/**
 * Where a question names the person whose words it asks for, by the shape of English questions about statements:
 * "what did X say (about Y)", "did X say …", "X on Y?", "X's reaction to Y", "according to X", and "which ROLE
 * said …" / "who said …". Every other name in the question (Y, or anything after "who said") is what the
 * statement is about, not who made it: in "Who said Lee isn't qualified?" Lee is talked about.
 */

/** The part of a question that names (or describes) the speaker asked about. */
export type SpeakerSlot = {
  /** The words as written, e.g. "Australia's foreign minister", "Liberal MP Sean Fraser", "judge". */
  text: string
  start: number
  end: number
  /** "which judge said": only a description of who said it; the speaker is what is asked. */
  asked: boolean
}

/** Verbs of saying, thinking and wanting: "what did X say/tell/warn …" asks for X's statements. */
export const SAY_VERB =
  /^(?:say|says|said|tell|told|think|thinks|thought|warn|warned|claim|claimed|predict|predicted|want|wanted|argue|argued|insist|insisted|describe|described|call|called|believe|believed|mean|meant|suggest|suggested|add|added|state|stated|promise|promised|pledge|pledged|announce|announced|reply|replied|respond|responded|admit|admitted|deny|denied|hope|hoped|expect|expected|feel|felt|write|wrote|written|accuse|accused|urge|urged|ask|asked|blame|blamed|joke|joked|explain|explained|recall|recalled|acknowledge|acknowledged|concede|conceded|criticize|criticized|criticise|criticised|praise|praised|note|noted|confirm|confirmed|estimate|estimated|propose|proposed|recommend|recommended|comment|commented|speak|spoke|spoken|mention|mentioned|address|addressed|discuss|discussed|reveal|revealed|stress|stressed|emphasize|emphasized|emphasise|emphasised|threaten|threatened|vow|vowed|declare|declared|tweet|tweeted|testify|testified)$/i

/** Nouns for what someone said: "X's reaction to Y", "X's position on Y". */
const STATEMENT_NOUN =
  /^(?:reaction|reactions|response|responses|view|views|position|positions|stance|take|comment|comments|remark|remarks|statement|statements|answer|reply|thoughts|opinion|opinions|verdict|message|words|assessment|explanation|argument|case|defence|defense)$/i

const AUXILIARY = '(?:did|does|do|has|have|had|will|would|could|should|can|is|was|were|are)'

/** A finite verb in the past or present after "which ROLE": where the description of the speaker ends. */
const VERB_AFTER_ROLE =
  /^(?:\p{Ll}+ed|said|says|told|tells|wrote|writes|thought|spoke|speaks|made|gave|took|put|felt|knew|saw|went|came|blames?|warns?|claims?|argues?|insists?|calls?|urges?|accuses?|jokes?|predicts?|describes?|wants?)$/u

const word = (s: string) => s.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')

/** Words with their offsets (split at spaces; punctuation stays on the word). */
function words(text: string): { w: string; start: number; end: number }[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ w: m[0], start: m.index, end: m.index + m[0].length }))
}

export function findSpeakerSlot(question: string): SpeakerSlot | null {
  const text = question.trim()
  const ws = words(text)
  const lower = ws.map((x) => word(x.w).toLowerCase())
  const slot = (from: number, to: number, asked = false): SpeakerSlot | null => {
    const a = ws[from]
    const b = ws[to - 1]
    if (!a || !b || to <= from) return null
    const raw = text.slice(a.start, b.end)
    const trimmed = raw.replace(/[?!.,;:]+$/, '').replace(/['’]s?$/, '')
    return { text: trimmed, start: a.start, end: a.start + trimmed.length, asked }
  }
  // "according to X" (up to a comma or the end)
  const according = /\baccording to\s+([^,?;!]+)/i.exec(text)
  if (according?.[1]) {
    const start = (according.index ?? 0) + according[0].length - according[1].length
    const inner = according[1].trim()
    return { text: inner, start, end: start + inner.length, asked: false }
  }
  // "which ROLE said …", "who said …"
  if (lower[0] === 'which' || lower[0] === 'what') {
    for (let i = 1; i < ws.length && i < 8; i++) {
      if (i === 1 && new RegExp(`^${AUXILIARY}$`).test(lower[1] ?? '')) break
      if (SAY_VERB.test(lower[i] ?? '') || VERB_AFTER_ROLE.test(lower[i] ?? '')) {
        return i > 1 ? slot(1, i, true) : null
      }
    }
  }
  if (lower[0] === 'who' || lower[0] === 'whom') return null
  // "what did X say …", "why did X say …", "did X say …"
  const aux = new RegExp(`^${AUXILIARY}$`)
  const at =
    /^(?:what|why|how|when|where)$/.test(lower[0] ?? '') && aux.test(lower[1] ?? '')
      ? 2
      : aux.test(lower[0] ?? '')
        ? 1
        : -1
  if (at > 0) {
    for (let i = at + 1; i < ws.length && i < at + 14; i++) if (SAY_VERB.test(lower[i] ?? '')) return slot(at, i)
    return null
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
