import { describe, expect, test } from 'vitest'
import { splitSentences } from '../../src/story/sentences.js'

describe('splitSentences', () => {
  test.each([
    ['two sentences', 'The talks ended. Both sides left.', ['The talks ended.', 'Both sides left.']],
    [
      'an abbreviation',
      'U.S. envoy Steve Witkoff met Mr. Araghchi. They talked.',
      ['U.S. envoy Steve Witkoff met Mr. Araghchi.', 'They talked.'],
    ],
    ['an initial', 'Harry J. Kazianis said so. Others agreed.', ['Harry J. Kazianis said so.', 'Others agreed.']],
    ['a closing quotation mark', '“We are ready.” The talks began.', ['“We are ready.”', 'The talks began.']],
    [
      'a sentence opening with two apostrophes',
      "It ended. ''We won,'' he said.",
      ['It ended.', "''We won,'' he said."],
    ],
    ['a question inside a quotation before the attribution', '“Why?” he asked.', ['“Why?” he asked.']],
    [
      'a month abbreviation',
      'It happened on Aug. 28 in Ottawa. Then it ended.',
      ['It happened on Aug. 28 in Ottawa.', 'Then it ended.'],
    ],
    [
      "a sentence opening with the typewriter's `` mark",
      "It haunts the trade. ``We expect a little downward movement,'' said Ms. Mkimbo.",
      ['It haunts the trade.', "``We expect a little downward movement,'' said Ms. Mkimbo."],
    ],
    [
      'plural and other title abbreviations before names',
      'It was backed by Sens. Ted Cruz and Marco Rubio. Then Sec. Clinton and Cmdr. Jon Ross spoke.',
      ['It was backed by Sens. Ted Cruz and Marco Rubio.', 'Then Sec. Clinton and Cmdr. Jon Ross spoke.'],
    ],
    [
      'an abbreviation that ends a sentence',
      'They moved to the U.S. The move was hard.',
      ['They moved to the U.S.', 'The move was hard.'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(expected)
  })

  test('offsets slice the text back out', () => {
    const text = '  First one.   Second one!  '
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text)
    expect(splitSentences(text).map((s) => s.text)).toEqual(['First one.', 'Second one!'])
  })

  test('is linear on a long paragraph', () => {
    const text = 'A sentence about the talks in Muscat. '.repeat(20_000)
    const t0 = performance.now()
    expect(splitSentences(text)).toHaveLength(20_000)
    expect(performance.now() - t0).toBeLessThan(2_000)
  })
})
