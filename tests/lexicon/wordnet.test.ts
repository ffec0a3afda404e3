import { expect, test } from 'vitest'
import { wordNet } from '../../src/lexicon/wordnet.js'

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
  expect(wn.place('judge')).toBeNull()
  expect(wn.place('Okafor')).toBeNull()
})
