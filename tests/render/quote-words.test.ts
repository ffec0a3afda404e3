import { expect, test } from 'vitest'
import { closeQuotes, quotedWords } from '../../src/render/quote-words.js'

test.each([
  ['never negotiable', 'direct', '“never negotiable”'],
  ['Iran’s right', 'direct', '“Iran’s right”'], // an apostrophe is not a quotation mark
  ['the programme was “never negotiable” in the talks', 'direct', 'the programme was “never negotiable” in the talks'],
  ['he said "fine" twice', 'direct', 'he said "fine" twice'],
  ['talks would resume soon', 'indirect', 'talks would resume soon'],
] as const)('%s (%s) → %s', (text, kind, shown) => expect(quotedWords(text, kind)).toBe(shown))

test('a cut answer closes the quotation marks it left open, and only those', () => {
  expect(closeQuotes('“We will not back down on …')).toBe('“We will not back down on …”')
  expect(closeQuotes('He said “yes” and “we will …')).toBe('He said “yes” and “we will …”')
  expect(closeQuotes('"We will not …')).toBe('"We will not …"')
  expect(closeQuotes('He said “yes” and left …')).toBe('He said “yes” and left …')
})
