/** Sentence boundaries in a paragraph, aware of abbreviations, initials and closing quotation marks. */

export type Sentence = { text: string; start: number; end: number }

const ABBREVIATIONS = new Set(
  [
    'mr',
    'mrs',
    'ms',
    'dr',
    'prof',
    'sr',
    'jr',
    'st',
    'gen',
    'lt',
    'col',
    'capt',
    'sgt',
    'maj',
    'adm',
    'gov',
    'sen',
    'rep',
    'rev',
    'hon',
    'pres',
    'supt',
    'insp',
    'cpl',
    'pte',
    'const',
    'det',
    'sgt',
    'no',
    'vs',
    'etc',
    'inc',
    'ltd',
    'co',
    'corp',
    'dept',
    'univ',
    'approx',
    'est',
    'fig',
    'jan',
    'feb',
    'mar',
    'apr',
    'jun',
    'jul',
    'aug',
    'sep',
    'sept',
    'oct',
    'nov',
    'dec',
    'mon',
    'tue',
    'tues',
    'wed',
    'thu',
    'thur',
    'thurs',
    'fri',
    'sat',
    'sun',
    'a.m',
    'p.m',
    'u.s',
    'u.k',
    'u.n',
    'e.g',
    'i.e',
    'ave',
    'blvd',
    'rd',
    'mt',
    'ft',
    'cf',
    'al',
  ].map((a) => a.toLowerCase()),
)

const CLOSERS = `"'\u201d\u2019)]`
const BREAK_RE = /[.!?\u2026]+/g
/** After a sentence end: space, then (optionally an opening mark) a capital or a digit. */
const NEXT_STARTS_RE = /\s+(?:''|``|["'\u201c\u2018([])?[\p{Lu}\p{N}]/uy
/** Words that start a new sentence even after an abbreviation ("... in the U.S. The talks"). */
const SENTENCE_OPENER_RE = /\s+(?:The|He|She|It|They|We|I|But|And|In|On|A|An)\b/y
const LETTER_OR_DOT = /[\p{L}.]/u

/** Splits `text` into sentences with their character offsets. Linear in the length of `text`. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = []
  let start = 0
  const re = new RegExp(BREAK_RE.source, 'g')
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    let end = m.index + m[0].length
    while (end < text.length && CLOSERS.includes(text[end] ?? '')) end++
    NEXT_STARTS_RE.lastIndex = end
    if (end < text.length && !NEXT_STARTS_RE.test(text)) continue
    if (m[0] === '.' && end === m.index + 1) {
      // the word before the dot, looking back at most 40 characters
      let w = m.index
      while (w > start && w > m.index - 40 && LETTER_OR_DOT.test(text[w - 1] ?? '')) w--
      const word = text.slice(w, m.index)
      const lower = word.toLowerCase()
      // "U.S." / "J." / "Mr." — an abbreviation or an initial, not the end of a sentence
      if (ABBREVIATIONS.has(lower) || /^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) {
        SENTENCE_OPENER_RE.lastIndex = end
        if (!SENTENCE_OPENER_RE.test(text) || word.length === 1) continue
      }
    }
    pushSentence(out, text, start, end)
    start = end
  }
  pushSentence(out, text, start, text.length)
  return out
}

function pushSentence(out: Sentence[], text: string, from: number, to: number): void {
  let a = from
  let b = to
  while (a < b && /\s/.test(text[a] ?? '')) a++
  while (b > a && /\s/.test(text[b - 1] ?? '')) b--
  if (b > a) out.push({ text: text.slice(a, b), start: a, end: b })
}
