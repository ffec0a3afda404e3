import { describe, expect, test } from 'vitest'
import { maskQuotes, scanQuotes } from '../../src/story/quotes/quote-marks.js'

const quoted = (text: string, startsInside = false) =>
  scanQuotes(text, startsInside).spans.map((s) => text.slice(s.start, s.end))

describe('scanQuotes', () => {
  test.each([
    ['straight marks', 'He said "yes" and "no".', ['yes', 'no']],
    ['curly marks', 'He said “yes” and “no”.', ['yes', 'no']],
    ['an opening mark used to close', 'The talks were “a good start“, he said.', ['a good start']],
    ['guillemets', 'Il a dit «oui».', ['oui']],
    ['single quotes inside double ones stay inside', '“She called it ‘new’,” he said.', ['She called it ‘new’,']],
    ['apostrophes are not marks', "Iran's minister didn't say.", []],
    ['two apostrophes as a double mark', "''We will win,'' she said. ''It's done.''", ['We will win,', "It's done."]],
    ['a single quote nested in two apostrophes', "He said, '''Sir, stay here.'''", ["'Sir, stay here.'"]],
    ['two backticks open, two apostrophes close', "Bush called it ``ruinous,'' and said ``No.''", ['ruinous,', 'No.']],
    [
      'two backticks inside a quotation start a new one',
      "He said, ``We are ready. ``We will not wait.'' Then he left.",
      ['We are ready.', 'We will not wait.'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(quoted(text)).toEqual(expected)
  })

  test('an unclosed quotation runs to the end of the paragraph', () => {
    const scan = scanQuotes('He said: “We are ready.')
    expect(scan.endsInside).toBe(true)
    expect(scan.spans[0]?.close).toBe(-1)
  })

  test('a paragraph continuing a quotation without reopening it starts inside it', () => {
    expect(quoted('and in consultation with the veterans,” said Nicholson.', true)).toEqual([
      'and in consultation with the veterans,',
    ])
  })

  test('a paragraph that reopens the quotation, as is usual, starts outside', () => {
    expect(quoted('“The rest will follow.”', true)).toEqual(['The rest will follow.'])
  })

  test('masking keeps offsets and hides the quoted words', () => {
    const text = 'Araghchi said “Trump lied” today.'
    const masked = maskQuotes(text, scanQuotes(text).spans)
    expect(masked).toHaveLength(text.length)
    expect(masked).not.toContain('Trump')
    expect(masked.startsWith('Araghchi said ')).toBe(true)
  })
})
