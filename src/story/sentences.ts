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

/** Splits `text` into sentences with their character offsets. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = []
  let start = 0
  const re = /[.!?\u2026]+/g
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    let end = m.index + m[0].length
    while (end < text.length && CLOSERS.includes(text[end] ?? '')) end++
    const next = text.slice(end)
    if (!/^\s+["'\u201c\u2018([]?[\p{Lu}\p{N}]/u.test(next) && end < text.length) continue
    if (m[0] === '.' && end === m.index + 1) {
      const word = /([\p{L}.]+)$/u.exec(text.slice(start, m.index))?.[1] ?? ''
      const lower = word.toLowerCase()
      // "U.S." / "J." / "Mr." — an abbreviation or an initial, not the end of a sentence
      if (ABBREVIATIONS.has(lower) || /^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) {
        if (!/^\s+(?:The|He|She|It|They|We|I|But|And|In|On|A|An)\b/.test(next) || word.length === 1) continue
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
