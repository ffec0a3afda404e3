import { describe, expect, test } from 'vitest'
import { ownsActNoun } from '../../src/answer/event-noun.js'
import { Engine } from '../../src/engine.js'
import { article, dateAt, quote, story } from '../helpers/story.js'

// A made-up business story published on Monday 2025-11-03: the lead names the company's act by its noun, with its day.
const results = article(
  'results',
  [
    'Halvorsen Marine Corp.’s announcement Friday of a $42.5 million loss for the third quarter surprised the analysts who follow the shipbuilder.',
    'Halvorsen said it would cut 300 jobs at its yard in Bergen.',
    'Shares of the shipbuilder have fallen by a third this year.',
  ],
  { localDate: '2025-11-03' },
)
const engine = new Engine(
  story(
    [results],
    [quote(results, 2, 'it would cut 300 jobs at its yard in Bergen', 'Halvorsen', { kind: 'indirect' })],
    [dateAt(results, 1, 'Friday', '2025-10-31'), dateAt(results, 3, 'this year', '2025')],
    [{ name: 'Halvorsen', role: null, aliases: [] }],
  ),
)

describe('an act named by its noun, owned by the one who acted', () => {
  test('"X’s announcement Friday of a loss" answers "When did X announce its loss?"', () => {
    const a = engine.ask('When did Halvorsen announce its $42 million quarterly loss?')
    expect(a.answer?.text).toMatch(/^Halvorsen Marine Corp\.’s announcement Friday/)
    expect(a.answer?.date).toBe('2025-10-31')
  })

  test('the noun must be that of the verb asked, after the name and its possessive', () => {
    expect(ownsActNoun(' Marine Corp.’s announcement Friday', 'announc')).toBe(true)
    expect(ownsActNoun('’s resignation on Monday', 'resign')).toBe(true)
    expect(ownsActNoun('’s shares fell', 'announc')).toBe(false)
    expect(ownsActNoun(' announced Friday', 'announc')).toBe(false)
  })
})
