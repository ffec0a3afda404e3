/**
 * A deterministic synthetic news corpus for the benchmark: articles in the corpus format (front matter, datelines,
 * subheadings), named speakers with roles, direct, split, partial and reported quotes, unnamed sources, relative
 * dates, casualty figures, and a Zipf-like vocabulary (real function and story words, then a long tail of made-up
 * words). No text is copied from anywhere: every sentence is assembled here from a seeded random stream, so the
 * same seed gives the same files on every machine. Also writes the questions the benchmark asks.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createRandom, type Random, zipfSampler } from './random.js'

/** Bump when the generator's output changes, so a corpus left in bench/out/ is regenerated. */
export const GENERATOR_VERSION = 1

export type GeneratedCorpus = {
  /** File name → file contents (Markdown with front matter). */
  files: Map<string, string>
  /** Questions of every shape the bot is asked, some with typos, some off-topic. */
  questions: string[]
  paragraphs: number
}

export type GenerateOptions = { seed: number; paragraphs: number; questions?: number }

const FUNCTION_WORDS = (
  'the of and to in a that is was for on with as by at from it he his said has have had were be not but ' +
  'its their they an which after who been would will more this than also about over had into what could there ' +
  'one all while before when two new last since under them she her against between our we during some because'
).split(' ')

/** Real words of the story's beat, spread over the frequent part of the vocabulary. */
const STORY_WORDS = (
  'talks negotiations missiles missile sanctions nuclear enrichment uranium ceasefire delegation minister ' +
  'president officials government agreement deal military strikes strike protest protests deaths killed ' +
  'economy oil exports border security diplomats diplomatic programme program defence defense ballistic ' +
  'envoy mediator round meeting summit pressure threat threats retaliation warships drones navy troops ' +
  'inspectors inspections weapons rights prisoners release exchange embassy parliament election vote ' +
  'currency inflation prices markets tanker shipping strait gulf region regional allies alliance treaty ' +
  'framework proposal demands concessions guarantees verification monitoring facility facilities site ' +
  'attack attacks bombing airstrike casualties wounded injured civilians refugees aid humanitarian crisis ' +
  'spokesperson statement interview briefing conference television broadcast reporters journalists ' +
  'negotiators negotiating negotiated discuss discussed discussion dialogue trust confidence progress ' +
  'breakthrough stalled resume resumed suspended collapse fragile tense warning warned insisted rejected ' +
  'accepted agreed refused demanded called urged vowed pledged threatened announced confirmed denied ' +
  'week month year weekend morning evening night capital city country nation state leaders leader talks'
).split(' ')

const OUTLETS = [
  'Gulf Ledger',
  'Meridian Wire',
  'The Northern Courier',
  'Harbour Times',
  'Desert Post',
  'Capital Report',
  'Coastal Herald',
  'Evening Dispatch',
  'Atlas News Service',
  'The Daily Lantern',
]

const CITIES = [
  'DOHA',
  'MUSCAT',
  'TEHRAN',
  'WASHINGTON',
  'GENEVA',
  'VIENNA',
  'BEIRUT',
  'BAGHDAD',
  'ANKARA',
  'RIYADH',
  'CAIRO',
  'ISTANBUL',
  'SHARJAH',
  'DUBAI',
  'LONDON',
  'PARIS',
  'BRUSSELS',
  'ISLAMABAD',
  'AMMAN',
  'NEW YORK',
]

const COUNTRIES = [
  ['Iran', 'Iranian'],
  ['the United States', 'American'],
  ['Oman', 'Omani'],
  ['Qatar', 'Qatari'],
  ['Israel', 'Israeli'],
  ['Saudi Arabia', 'Saudi'],
  ['Turkey', 'Turkish'],
  ['Egypt', 'Egyptian'],
  ['France', 'French'],
  ['Germany', 'German'],
  ['the United Kingdom', 'British'],
  ['Russia', 'Russian'],
  ['China', 'Chinese'],
  ['Pakistan', 'Pakistani'],
] as const

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

const SAY_VERBS = ['said', 'told reporters', 'warned', 'insisted', 'added', 'stressed', 'noted', 'argued']
const OFF_TOPIC = [
  'What is the weather in Paris tomorrow?',
  'Who won the football match last night?',
  'How do I bake sourdough bread?',
  'What is the best laptop for students?',
  'When does the next train to Manchester leave?',
  'How many calories are in a banana?',
  'Who painted the ceiling of the chapel?',
  'What time does the pharmacy open on Sunday?',
  'Recommend a good science fiction novel',
  'How tall is the highest mountain on Mars?',
]

type Person = { first: string; last: string; role: string; he: boolean }

/** What the question generator needs to know about the text it generated. */
type Facts = {
  quotes: { person: Person; words: string[] }[]
  topics: string[]
  counts: { noun: string; verb: string }[]
  events: string[][]
}

/** Made-up words built from syllables: the long tail of a news vocabulary (names of places, things, people). */
function inventWords(random: Random, count: number, taken: Set<string>): string[] {
  const onsets = ['b', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'j', 'y', 'w']
  const more = ['tr', 'sh', 'ch', 'gr', 'pl', 'br', 'dr', 'kr', 'st', 'sk', 'fl', '']
  const vowels = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'o', 'i', 'ai', 'ou', 'ea']
  const codas = ['', '', '', '', '', 'n', 'r', 's', 'l', 'm', 'k', 't', 'nd', 'st']
  const out: string[] = []
  while (out.length < count) {
    // frequent words are short, rare ones longer, as in real text
    const n = out.length
    const syllables = (n < 400 ? 1 : n < 8000 ? 2 : 3) + random.int(2)
    let word = ''
    for (let i = 0; i < syllables; i++)
      word += random.pick(random.chance(0.85) ? onsets : more) + random.pick(vowels) + random.pick(codas)
    if (word.length < 3 || word.length > 14 || taken.has(word)) continue
    taken.add(word)
    out.push(word)
  }
  return out
}

const capitalize = (w: string) => (w ? w[0]?.toUpperCase() + w.slice(1) : w)

function inventPeople(random: Random, names: string[], count: number): Person[] {
  const roles = (country: string, adjective: string) => [
    `${country}'s foreign minister`,
    `the ${adjective} president`,
    `a spokesperson for the ${adjective} foreign ministry`,
    `${country}'s deputy foreign minister`,
    `an analyst at the ${capitalize(random.pick(names))} Institute`,
    `a professor of political science at ${capitalize(random.pick(names))} University`,
    `the ${adjective} envoy to the talks`,
    `a senior ${adjective} diplomat`,
    `${country}'s defence minister`,
    `a member of the ${adjective} parliament`,
  ]
  const people: Person[] = []
  const used = new Set<string>()
  while (people.length < count) {
    const first = capitalize(random.pick(names))
    const last = capitalize(random.pick(names)) + random.pick(['', '', 'i', 'ov', 'ani', 'ez', 'son'])
    if (used.has(last) || last.length < 4) continue
    used.add(last)
    const [country, adjective] = random.pick(COUNTRIES)
    people.push({ first, last, role: random.pick(roles(country, adjective)), he: random.chance(0.6) })
  }
  return people
}

/** Generates the corpus in memory. Pure: the same options give the same files and questions. */
export function generateCorpus(options: GenerateOptions): GeneratedCorpus {
  const random = createRandom(options.seed)
  const taken = new Set([...FUNCTION_WORDS, ...STORY_WORDS])
  const invented = inventWords(random, 60_000, taken)
  // the vocabulary by rank: function words, then story words woven into the frequent invented words
  const vocabulary: string[] = [...FUNCTION_WORDS]
  let s = 0
  for (let i = 0; i < invented.length; i++) {
    if (i % 3 === 0 && s < STORY_WORDS.length) vocabulary.push(STORY_WORDS[s++] as string)
    vocabulary.push(invented[i] as string)
  }
  const zipf = zipfSampler(vocabulary.length)
  const word = () => vocabulary[zipf(random)] as string
  const contentWord = () => {
    for (;;) {
      const w = word()
      if (!FUNCTION_WORDS.includes(w)) return w
    }
  }
  const people = inventPeople(random, invented.slice(300, 8000), 400)
  const facts: Facts = { quotes: [], topics: [], counts: [], events: [] }

  const files = new Map<string, string>()
  let remaining = options.paragraphs
  let articleNo = 0
  const start = Date.UTC(2025, 5, 1)
  const span = Date.UTC(2026, 10, 21) - start
  while (remaining > 0) {
    articleNo++
    const count = Math.min(remaining, random.between(6, 22))
    remaining -= count
    const published = new Date(
      start + Math.floor((span * articleNo) / (options.paragraphs / 14 + 1)) + random.int(86_400_000),
    )
    const article = generateArticle(random, { word, contentWord, people, facts, published, paragraphs: count })
    const day = published.toISOString().slice(0, 10)
    const name = `${day}-${slug(article.outlet)}-${String(articleNo).padStart(6, '0')}-${slug(article.slugWords)}.md`
    files.set(name, article.text)
  }
  const questions = generateQuestions(random, facts, options.questions ?? 1000)
  return { files, questions, paragraphs: options.paragraphs }
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

type ArticleInput = {
  word: () => string
  contentWord: () => string
  people: Person[]
  facts: Facts
  published: Date
  paragraphs: number
}

function generateArticle(random: Random, input: ArticleInput): { text: string; outlet: string; slugWords: string } {
  const { word, contentWord, facts } = input
  const topics = Array.from({ length: random.between(4, 8) }, contentWord)
  facts.topics.push(...topics.slice(0, 2))
  const cast = Array.from({ length: random.between(2, 4) }, () => random.pick(input.people))
  const outlet = random.pick(OUTLETS)
  const city = random.pick(CITIES)
  const pubDay = new Date(input.published)
  const weekday = WEEKDAYS[(pubDay.getUTCDay() + 6) % 7] ?? 'Monday'

  /** A run of words, mostly from the vocabulary, with the article's topic words recurring. */
  const phrase = (min: number, max: number) => {
    const n = random.between(min, max)
    const out: string[] = []
    for (let i = 0; i < n; i++) out.push(random.chance(0.14) ? random.pick(topics) : word())
    return out
  }
  const sentence = (min = 9, max = 22) => {
    const words = phrase(min, max)
    if (words.length > 8 && random.chance(0.4)) words.splice(random.between(3, words.length - 3), 0, `${word()},`)
    if (random.chance(0.25)) words.push(dateExpression())
    return `${capitalize(words.join(' '))}.`
  }
  const dateExpression = () => {
    const kind = random.int(12)
    if (kind === 0) return `on ${random.pick(WEEKDAYS)}`
    if (kind === 1) return 'last month'
    if (kind === 2) return 'last week'
    if (kind === 3) return 'next week'
    if (kind === 4) return `in ${random.pick(MONTHS)}`
    if (kind === 5) return `last ${random.pick(MONTHS)}`
    if (kind === 6) return `in ${random.between(2015, 2026)}`
    if (kind === 7) return 'yesterday'
    if (kind === 8) return `on ${random.between(1, 28)} ${random.pick(MONTHS)}`
    if (kind === 9) return 'earlier this year'
    if (kind === 10) return `on ${random.pick(WEEKDAYS)} night`
    return 'a day later'
  }
  const name = (p: Person, first: boolean) =>
    first ? `${p.first} ${p.last}, ${p.role},` : random.chance(0.3) ? `${p.first} ${p.last}` : p.last
  const introduced = new Set<Person>()
  const who = (p: Person) => {
    const first = !introduced.has(p)
    introduced.add(p)
    return name(p, first)
  }
  const quoteWords = (p: Person, words: string[]) => {
    facts.quotes.push({ person: p, words: words.filter((w) => !FUNCTION_WORDS.includes(w)) })
    return words
  }
  const clause = (p: Person) => quoteWords(p, phrase(7, 16)).join(' ')

  const paragraph = (i: number): string => {
    if (i === 0) return `${city} — ${sentence(14, 26)} ${sentence()}`
    const p = random.pick(cast)
    const kind = random.int(20)
    const when = random.chance(0.35) ? ` ${dateExpression()}` : ''
    switch (kind) {
      case 0:
      case 1:
      case 2:
      case 3: {
        const words = quoteWords(p, phrase(8, 20))
        const verb = random.pick(SAY_VERBS)
        return `“${capitalize(words.join(' '))},” ${who(p)} ${verb}${when}.${random.chance(0.5) ? ` ${sentence()}` : ''}`
      }
      case 4:
      case 5:
      case 6:
        return `${capitalize(who(p))} ${random.pick(['said', 'told', 'warned'])}${random.chance(0.3) ? ` ${outlet}` : ''}${when} that ${clause(p)}.`
      case 7:
        return `According to ${name(p, false)}, ${clause(p)}. ${sentence()}`
      case 8: {
        const a = quoteWords(p, phrase(6, 12))
        const b = quoteWords(p, phrase(8, 16))
        return `"${capitalize(a.join(' '))}," ${p.last} said. "${capitalize(b.join(' '))}."`
      }
      case 9:
        return `${p.last} described the ${random.pick(topics)} as "${quoteWords(p, phrase(2, 5)).join(' ')}"${when}. ${sentence()}`
      case 10:
        introduced.add(p)
        return `${p.he ? 'He' : 'She'} added: "${capitalize(clause(p))}."`
      case 11: {
        const noun = contentWord()
        const verb = random.pick(['killed', 'wounded', 'arrested', 'detained', 'displaced', 'released'])
        facts.counts.push({ noun, verb })
        return `At least ${random.between(3, 900)} ${noun} were ${verb} in ${capitalize(city.toLowerCase())}${when}, officials said. ${sentence()}`
      }
      case 12:
        return `"${capitalize(phrase(6, 12).join(' '))}," said ${random.pick(['a senior official', 'an anonymous woman in Tehran', 'one diplomat', 'a Western official'])}, who asked not to be named.`
      case 13: {
        const event = [random.pick(topics), contentWord()]
        facts.events.push(event)
        return `The ${event.join(' ')} took place ${random.pick([`on ${weekday}`, `on ${random.pick(WEEKDAYS)}`, 'last week', `in ${random.pick(MONTHS)}`])}, ${phrase(6, 14).join(' ')}.`
      }
      default:
        return `${sentence()}${random.chance(0.6) ? ` ${sentence()}` : ''}`
    }
  }

  const body: string[] = []
  for (let i = 0; i < input.paragraphs; i++) {
    if (i > 3 && random.chance(0.06)) body.push(`## ${capitalize(phrase(2, 5).join(' '))}`)
    body.push(paragraph(i))
  }
  const titleWords = [random.pick(topics), ...phrase(4, 9)]
  const title = capitalize(titleWords.join(' '))
  const iso = input.published.toISOString()
  const published = random.chance(0.7)
    ? iso.slice(0, 10)
    : `${iso.slice(0, 10)}T${iso.slice(11, 16)}:00${random.pick(['+03:00', 'Z', '+04:00', '-05:00'])}`
  const front = [
    '---',
    `title: "${title.replace(/"/g, "'")}"`,
    `source: ${outlet}`,
    `published: ${published}`,
    ...(random.chance(0.6)
      ? [`url: https://example.org/${slug(outlet)}/${slug(titleWords.slice(0, 5).join(' '))}`]
      : []),
    ...(random.chance(0.5)
      ? [`byline: ${capitalize(random.pick(input.people).first)} ${random.pick(input.people).last}`]
      : []),
    '---',
  ]
  return { text: `${front.join('\n')}\n${body.join('\n\n')}\n`, outlet, slugWords: titleWords.slice(0, 4).join(' ') }
}

/** One letter swapped, dropped or replaced in one longer word: the typos people make when they ask. */
function addTypo(random: Random, question: string): string {
  const words = question.split(' ')
  const candidates = words.map((w, i) => [w, i] as const).filter(([w]) => /^[a-z]{5,}$/i.test(w))
  if (candidates.length === 0) return question
  const [w, i] = random.pick(candidates)
  const at = random.between(1, w.length - 2)
  const kind = random.int(3)
  const typo =
    kind === 0
      ? w.slice(0, at) + (w[at + 1] ?? '') + (w[at] ?? '') + w.slice(at + 2)
      : kind === 1
        ? w.slice(0, at) + w.slice(at + 1)
        : w.slice(0, at) + random.pick(['e', 'a', 'o', 'i', 'n', 'r']) + w.slice(at + 1)
  words[i] = typo
  return words.join(' ')
}

function generateQuestions(random: Random, facts: Facts, count: number): string[] {
  const out: string[] = []
  const pickQuote = () => random.pick(facts.quotes)
  const topic = () => random.pick(facts.topics)
  const storyTerms = ['talks', 'negotiations', 'missiles', 'sanctions', 'nuclear programme', 'ceasefire', 'the deal']
  while (out.length < count) {
    const kind = random.int(20)
    let q: string
    if (kind < 4) {
      const { words } = pickQuote()
      const from = random.int(Math.max(1, words.length - 4))
      q = `Who said ${words.slice(from, from + random.between(3, 6)).join(' ')}?`
    } else if (kind < 8) {
      const { person } = pickQuote()
      q = `What did ${random.chance(0.3) ? `${person.first} ${person.last}` : person.last} say about the ${topic()}?`
    } else if (kind < 10) {
      const { person } = pickQuote()
      q = `What did ${person.last} say about the ${random.pick(storyTerms)}?`
    } else if (kind < 12) {
      const event = facts.events.length ? random.pick(facts.events) : [topic(), topic()]
      q = random.chance(0.5) ? `When did the ${event.join(' ')} take place?` : `When was the ${event.join(' ')}?`
    } else if (kind < 14) {
      const c = facts.counts.length ? random.pick(facts.counts) : { noun: topic(), verb: 'killed' }
      q = `How many ${c.noun} were ${c.verb}?`
    } else if (kind < 16) {
      q = random.pick([
        `What is the latest on the ${random.pick(storyTerms)}?`,
        `Did Iran agree to limit its ${random.pick(['missiles', 'enrichment', 'nuclear programme'])}?`,
        `What did the foreign minister say about the ${random.pick(storyTerms)}?`,
        `Where were the ${topic()} ${random.pick(['talks', 'negotiations', 'meetings'])} held?`,
        `Why did the ${random.pick(storyTerms)} stall over the ${topic()}?`,
      ])
    } else if (kind < 18) {
      q = random.pick(OFF_TOPIC)
    } else {
      const { words } = pickQuote()
      q = words.slice(0, random.between(2, 5)).join(' ')
    }
    out.push(random.chance(0.2) ? addTypo(random, q) : q)
  }
  return out
}

/** Writes the corpus files into `dir` (emptied first) and the questions next to it. */
export async function writeCorpus(corpus: GeneratedCorpus, dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  const entries = [...corpus.files]
  for (let i = 0; i < entries.length; i += 64)
    await Promise.all(entries.slice(i, i + 64).map(([name, text]) => writeFile(join(dir, name), text)))
}

/** True when `dir` holds exactly the files of `corpus` by name (a cheap check before reusing a written corpus). */
export async function sameFileNames(corpus: GeneratedCorpus, dir: string): Promise<boolean> {
  try {
    const names = (await readdir(dir)).filter((n) => n.endsWith('.md'))
    return names.length === corpus.files.size && names.every((n) => corpus.files.has(n))
  } catch {
    return false
  }
}
