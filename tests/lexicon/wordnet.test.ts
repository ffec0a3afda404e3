import { expect, test } from 'vitest'
import { wordNet } from '../../src/lexicon/wordnet.js'
import { isCommunicationVerb, otherPlaceNames } from '../../src/search/lexicon.js'

const wn = wordNet()
const words = (w: string) => new Set(wn.senses(w).flatMap((s) => [...s.words, ...s.related]))

test('synonyms and the closest sets of a word, in any inflected form', () => {
  expect(words('bitter').has('acrimonious')).toBe(true)
  expect(words('resigned').has('step down')).toBe(true)
  expect(words('judge').has('justice')).toBe(true)
  // a verb's direct hypernym: to slay is to kill
  expect(words('slay').has('kill')).toBe(true)
  expect(wn.senses('qwxzv')).toEqual([])
})

test('places and the demonyms that pertain to them; a common noun is neither', () => {
  expect(wn.place('Manitoba')).toBe('manitoba')
  expect(wn.place('Canadian')).toBe('canada')
  expect(wn.place("Kenya's")).toBe('kenya')
  expect(wn.place('Kenyan')).toBe('kenya')
  // one name for a place however it is written; a demonym is the place its pertainym names (not Taiwan)
  for (const w of ['US', 'U.S.', 'America', 'American']) expect(wn.place(w)).toBe('united states')
  expect(wn.place('Chinese')).toBe(wn.place('China'))
  expect(wn.place('Russian')).toBe(wn.place('Russia'))
  expect(wn.place('judge')).toBeNull()
  expect(wn.place('Okafor')).toBeNull()
  // a kind of place is no place ("State party chairman John Burton" is of no place called "state")
  for (const w of ['State', 'city', 'County', 'Department']) expect(wn.place(w)).toBeNull()
})

test('a consonant doubled before an ending is found undoubled ("quipped", "slamming")', () => {
  expect(words('quipped').has('quip')).toBe(true)
  expect(words('slamming').has('slam')).toBe(true)
})

test('verbs of saying are those whose most frequent senses are all of communication', () => {
  for (const w of ['mock', 'concede', 'agree', 'telling', 'quipped']) expect(isCommunicationVerb(wn, w)).toBe(true)
  // signing a document, shooting, giving: other acts
  for (const w of ['sign', 'shoot', 'give', 'want']) expect(isCommunicationVerb(wn, w)).toBe(false)
})

test('narrower kinds of person a noun names, never named individuals', () => {
  expect(wn.narrower('lawmaker')).toEqual(expect.arrayContaining(['senator', 'congressman']))
  expect(wn.narrower('diplomat')).toEqual(expect.arrayContaining(['ambassador', 'envoy', 'minister']))
  expect(wn.narrower('lawmakers')).toContain('senator')
  // instances ("Clinton" is a lawmaker in WordNet) are no kind of person
  expect(wn.narrower('lawmaker')).not.toContain('clinton')
  expect(wn.narrower('talks')).toEqual([])
})

test('a collocation is found with its first word inflected ("cracked down", "stepping down")', () => {
  expect(words('cracked down').has('clamp down')).toBe(true)
  expect(words('stepping down').has('resign')).toBe(true)
  expect(words('crack down').has('clamp down')).toBe(true)
  // a compound noun's plural is still its last word's
  expect(words('foreign ministers').has('secretary of state')).toBe(true)
})

test("a place's other one-word names; none for a word in lower case or no place", () => {
  expect(otherPlaceNames(wn, 'Peking')).toContain('beijing')
  expect(otherPlaceNames(wn, 'Bombay')).toContain('mumbai')
  expect(otherPlaceNames(wn, 'Teheran')).toContain('tehran')
  expect(otherPlaceNames(wn, 'peking')).toEqual([])
  expect(otherPlaceNames(wn, 'Okafor')).toEqual([])
})
