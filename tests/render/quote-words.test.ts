import { expect, test } from 'vitest'
import { quotedWords } from '../../src/render/quote-words.js'

test.each([
  ['never negotiable', 'direct', '“never negotiable”'],
  ['Iran’s right', 'direct', '“Iran’s right”'], // an apostrophe is not a quotation mark
  ['the programme was “never negotiable” in the talks', 'direct', 'the programme was “never negotiable” in the talks'],
  ['he said "fine" twice', 'direct', 'he said "fine" twice'],
  ['talks would resume soon', 'indirect', 'talks would resume soon'],
] as const)('%s (%s) → %s', (text, kind, shown) => expect(quotedWords(text, kind)).toBe(shown))
