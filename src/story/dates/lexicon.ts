/** Words of time: month and weekday names, number words, and the regex pieces built from them. */

import type { WeekdayNumber } from './calendar.js'

const MONTHS: [number, string[]][] = [
  [1, ['january', 'jan']],
  [2, ['february', 'feb']],
  [3, ['march', 'mar']],
  [4, ['april', 'apr']],
  [5, ['may']],
  [6, ['june', 'jun']],
  [7, ['july', 'jul']],
  [8, ['august', 'aug']],
  [9, ['september', 'sept', 'sep']],
  [10, ['october', 'oct']],
  [11, ['november', 'nov']],
  [12, ['december', 'dec']],
]

const MONTH_BY_NAME = new Map<string, number>(MONTHS.flatMap(([n, names]) => names.map((s) => [s, n] as const)))

/** Month number (1-12) of a full or abbreviated month name, with or without a final dot. */
export function monthNumber(name: string): number | undefined {
  return MONTH_BY_NAME.get(name.toLowerCase().replace(/\.$/, ''))
}

/** Full month names, capitalised (a lower-case "may" or "march" is a verb). */
export const MONTH_FULL = '(?:January|February|March|April|May|June|July|August|September|October|November|December)'
/** Abbreviated month names as newspapers write them before a day ("Feb. 6", "Sept. 30"). */
export const MONTH_ABBR = '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.'
export const MONTH_NAME = `(?:${MONTH_FULL}|${MONTH_ABBR})`
/** A month name as it may stand before a day number, with or without the abbreviation's dot ("Feb 6"). */
export const MONTH_BEFORE_DAY =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)'

const WEEKDAYS: [WeekdayNumber, string][] = [
  [0, 'sunday'],
  [1, 'monday'],
  [2, 'tuesday'],
  [3, 'wednesday'],
  [4, 'thursday'],
  [5, 'friday'],
  [6, 'saturday'],
]
const WEEKDAY_BY_NAME = new Map<string, WeekdayNumber>(WEEKDAYS.map(([n, s]) => [s, n]))

export function weekdayNumber(name: string): WeekdayNumber | undefined {
  return WEEKDAY_BY_NAME.get(name.toLowerCase())
}

export const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'

/** A part of the day that may follow a weekday or "yesterday": it keeps the day's value. */
export const DAY_PART = '(?:\\s+(?:morning|afternoon|evening|night|overnight))?'

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
const TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
]
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']

const NUMBER_WORDS = new Map<string, number>([
  ...UNITS.map((w, i) => [w, i] as const),
  ...TEENS.map((w, i) => [w, 10 + i] as const),
  ...TENS.flatMap((w, i) => (w ? [[w, i * 10] as const] : [])),
  ['a', 1],
  ['an', 1],
])

/** A number from ten to ninety-nine written in words: "ten", "nineteen", "seventy", "Seventy-two", "sixty five". */
export const TEN_TO_NINETY_NINE = `(?:${TENS.slice(2).join('|')})(?:[\\s-](?:${UNITS.slice(1).join('|')}))?|${TEENS.join('|')}`

/** A count written as digits or words: "3", "three", "twenty-four", "a". */
export const COUNT = `(?:\\d{1,3}|a|an|(?:${TENS.slice(2).join('|')})(?:[- ](?:${UNITS.slice(1).join('|')}))?|${UNITS.slice(1).join('|')}|${TEENS.join('|')})`

/** Value of a COUNT match ("a" is 1); undefined when it is not a number. */
export function countValue(word: string): number | undefined {
  const w = word.toLowerCase().trim()
  if (/^\d+$/.test(w)) return Number(w)
  const direct = NUMBER_WORDS.get(w)
  if (direct !== undefined) return direct
  const parts = w.split(/[- ]/)
  if (parts.length === 2) {
    const tens = NUMBER_WORDS.get(parts[0] ?? '')
    const unit = NUMBER_WORDS.get(parts[1] ?? '')
    if (tens !== undefined && unit !== undefined && tens >= 20 && unit < 10) return tens + unit
  }
  return undefined
}

/** Ordinal day numbers written as words ("March eighth", "the twenty-first"). */
const ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
]
export const ORDINAL_WORD = `(?:(?:twenty|thirty)[- ](?:${ORDINALS.slice(0, 9).join('|')})|${ORDINALS.join('|')}|thirtieth)`
