/** Which way a sentence points in time around a time expression: the tense of the verb that governs it. */

export type Tense = 'past' | 'future' | 'none'

const ABBREVIATION =
  /(?:^|[\s(])(?:[A-Z]|Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|St|Jr|Sr|No|Inc|Corp|Co|Ltd|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|U\.S|U\.N|a\.m|p\.m)\.$/

/** Start and end of the sentence that contains `pos`. */
export function sentenceSpan(text: string, pos: number): { start: number; end: number } {
  let start = 0
  const boundary = /[.!?]["'\u201d\u2019)]?\s+(?=["'\u201c\u2018(]?[A-Z0-9])/g
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const dot = m.index + 1
    if (ABBREVIATION.test(text.slice(Math.max(0, m.index - 6), dot))) continue
    const next = m.index + m[0].length
    if (next <= pos) start = next
    else return { start, end: dot }
  }
  return { start, end: text.length }
}

const FUTURE = new Set([
  "'ll",
  '\u2019ll',
  "won't",
  'won\u2019t',
  'gonna',
  'scheduled',
  'due',
  'plans',
  'plan',
  'planned',
  'planning',
  'expected',
  'expects',
  'expect',
  'payable',
  'effective',
  'expire',
  'expires',
  'deadline',
  'upcoming',
])
/** Prepositions of a deadline: "by Jan. 14", "until Tuesday" point ahead when right before. */
const DEADLINE = new Set(['by', 'until', 'till'])
const PAST = new Set([
  'said',
  'told',
  'was',
  'were',
  'had',
  'did',
  'ago',
  'met',
  'came',
  'went',
  'took',
  'gave',
  'made',
  'began',
  'left',
  'held',
  'won',
  'lost',
  'rose',
  'fell',
  'saw',
  'got',
  'sent',
  'spoke',
  'led',
  'paid',
  'sold',
  'bought',
  'found',
  'struck',
  'became',
  'brought',
  'thought',
  'felt',
  'kept',
  'ran',
  'wrote',
  'broke',
  'chose',
  'flew',
  'fought',
  'heard',
  'knew',
  'meant',
  'since',
  'earlier',
  'tore',
  'shot',
  'fled',
  'stole',
  'swore',
  'threw',
  'drew',
  'grew',
  'blew',
  'wore',
  'froze',
  'hid',
  'sank',
  'shook',
  'caught',
  'taught',
  'sought',
  'built',
  'spent',
  'stood',
  'withdrew',
  'oversaw',
  'rode',
  'drove',
  'ate',
  'fed',
  'lit',
  'hung',
  'wound',
  'stuck',
  'swept',
  'quit',
  'overturned',
])
const NOT_PAST_ED = new Set([
  'hundred',
  'united',
  'red',
  'need',
  'indeed',
  'proceed',
  'succeed',
  'exceed',
  'seed',
  'feed',
  'bed',
  'shed',
  'wed',
  'speed',
  'based',
  'expected',
  'scheduled',
  'planned',
  'proposed',
  'needed',
  'embed',
  'creed',
  'greed',
  'breed',
  'deed',
  'weed',
])
/** Modals point ahead ("can take part in April") unless followed by "have" ("could have met Friday"). */
const MODAL = new Set(['will', 'would', 'can', 'might', 'must', 'should', 'shall'])
const PASSIVE = new Set(['be', 'been', 'being', 'is', 'are', 'am'])

const WORD = /[A-Za-z\u2019']+/g

function classify(words: string[], i: number): Tense {
  const w = words[i] ?? ''
  if (MODAL.has(w)) return words[i + 1] === 'have' ? 'past' : 'future'
  if (FUTURE.has(w) || w.endsWith("'ll") || w.endsWith('\u2019ll')) return 'future'
  if (w === 'going' && words[i + 1] === 'to') return 'future'
  if (w === 'to' && (words[i - 1] === 'set' || words[i - 1] === 'is' || words[i - 1] === 'are')) return 'future'
  if (w === 'to' && words[i + 1] === 'be') return 'future'
  if (w === 'set' && words[i + 1] === 'to') return 'future'
  if (w === 'set' && (words[i - 1] === 'and' || words[i - 1] === 'had' || words[i - 1] === 'they')) return 'past'
  const past = PAST.has(w) || (w.length > 3 && w.endsWith('ed') && !NOT_PAST_ED.has(w))
  // A participle after "be"/"been" ("will be paid", "has been extended") takes its tense from the auxiliary.
  if (past && !PASSIVE.has(words[i - 1] ?? '')) return 'past'
  return 'none'
}

function wordsOf(s: string): string[] {
  return (s.match(WORD) ?? []).map((w) => w.toLowerCase())
}

/**
 * The tense that governs the expression at [start, end): the nearest tense marker before it in its sentence,
 * else the nearest after it. "said Friday" is past; "will meet on Friday" and "Friday's vote will" are future.
 */
export function tenseAt(text: string, start: number, end: number, pastReach = Number.POSITIVE_INFINITY): Tense {
  const s = sentenceSpan(text, start)
  const before = wordsOf(text.slice(s.start, start))
  const after = wordsOf(text.slice(end, Math.max(end, s.end)))
  // "by Jan. 14" is a deadline ahead, unless the sentence is in the past perfect ("had filed by Wednesday").
  if (DEADLINE.has(before[before.length - 1] ?? '') && !before.includes('had') && !after.includes('had'))
    return 'future'
  for (let i = before.length - 1; i >= 0; i--) {
    const t = classify(before, i)
    if (t !== 'none') return t === 'past' && before.length - i > pastReach ? 'none' : t
  }
  for (let i = 0; i < after.length; i++) {
    const t = classify(after, i)
    if (t !== 'none') return t === 'past' && i >= pastReach ? 'none' : t
  }
  return 'none'
}
