import { describe, expect, test } from 'vitest'
import { americanSpelling } from '../../src/search/spelling.js'
import { stems, stemToken, tokenize } from '../../src/search/text-terms.js'

describe('spelling', () => {
  test.each([
    ['programme', 'program'],
    ['defence', 'defense'],
    ['labour', 'labor'],
    ['neighbours', 'neighbors'],
    ['organised', 'organized'],
    ['criticising', 'criticizing'],
    ['centre', 'center'],
    // not British variants
    ['four', 'four'],
    ['hour', 'hour'],
    ['promise', 'promise'],
    ['exercise', 'exercise'],
    ['rise', 'rise'],
  ])('%s → %s', (british, american) => expect(americanSpelling(british)).toBe(american))
})

describe('terms', () => {
  test.each([
    ['programme', 'program'],
    ['defence', 'defense'],
    ['deaths', 'died'],
    ['dead', 'death'],
    ['negotiations', 'negotiating'],
    ['Iran’s', 'Iran'],
    ['U.S.', 'US'],
  ])('%s and %s share a stem', (a, b) => expect(stemToken(tokenize(a)[0] ?? '')).toBe(stemToken(tokenize(b)[0] ?? '')))

  test('the pronoun "us" is a stop word, the country "US" is not', () => {
    expect(stems('Tell us about the US')).toEqual(['tell', 'usa'])
    expect(stems('He told us')).toEqual(['tell'])
  })

  test('the country "US" is not the verb "use" (whose Porter stem is "us")', () => {
    expect(stems('the US')).not.toEqual(stems('they use'))
    expect(stems('the USA')).toEqual(stems('the U.S.'))
  })

  test('"United States" and "U.S." are the same term', () => {
    expect(stems('the United States')).toEqual(stems('the U.S.'))
  })

  test('numbers keep their digits, thousands separators dropped', () => {
    expect(stems('3,117 deaths')).toEqual(['3117', 'death'])
  })

  test('stop words do not drown the signal', () => {
    expect(stems('What is the position of the minister on the talks?')).toEqual(['posit', 'minist', 'talk'])
  })
})
