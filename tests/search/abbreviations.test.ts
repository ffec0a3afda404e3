import { describe, expect, test } from 'vitest'
import { expandAbbreviation, expandAbbreviations } from '../../src/search/abbreviations.js'
import { stemToken, tokenize, tokenSpans } from '../../src/search/text-terms.js'

describe('abbreviations in questions', () => {
  test.each([
    ['FM', ['foreign', 'minister']],
    ['Pres', ['president']],
    ['pres', ['president']],
    ['Gov', ['governor']],
    ['WaPo', ['Washington', 'Post']],
    ["WaPo's", ['Washington', "Post's"]],
    ['NYT', ['New', 'York', 'Times']],
    ['POTUS', ['US', 'president']],
    ['SCOTUS', ['Supreme', 'Court']],
    ['Uni', ['university']],
    ['univ', ['university']],
  ])('%s → %j', (token, words) => expect(expandAbbreviation(token)).toEqual(words))

  test('an abbreviation kept in lower case is not one in capitals ("SEC" is a name)', () => {
    expect(expandAbbreviation('SEC')).toBeNull()
    expect(expandAbbreviation('Sec')).toEqual(['secretary'])
  })

  test('"What did the Pres. say" asks about the president; "Hun Sen" keeps his name', () => {
    const words = (text: string) => expandAbbreviations(tokenSpans(text)).map((t) => t.token)
    expect(words('What did the Pres. say?')).toEqual(['What', 'did', 'the', 'president', 'say'])
    expect(words('What did Hun Sen say?')).toEqual(['What', 'did', 'Hun', 'Sen', 'say'])
  })
})

describe('title abbreviations the coverage writes are the words they stand for', () => {
  const stem = (text: string) => stemToken(tokenize(text)[0] ?? '')
  test.each([
    ['Gov.', 'governor'],
    ['Sens.', 'senators'],
    ['Sen.', 'Senator'],
    ['Rep.', 'representative'],
    ['Sec.', 'Secretary'],
    ['GOP', 'Republican'],
  ])('%s = %s', (short, long) => expect(stem(short)).toBe(stem(long)))

  test('an acronym in capitals stays itself', () => expect(stem('SEC')).not.toBe(stem('secretary')))
})
