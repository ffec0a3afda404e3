import { describe, expect, test } from 'vitest'
import { Engine } from '../../src/engine.js'
import { article, dateAt, quote, story } from '../helpers/story.js'

// Made-up coverage: a lead reports the mayor's statement and dates only what it is about (the contract, signed last
// week); a paragraph further down quotes her and dates the statement to the day.
const herald = article(
  'herald',
  [
    'Mayor Ines Varga weighed in on the harbour contract, which the council approved last week, calling it a “costly mistake.”',
    '“It is a mistake, and the council will regret it,” Varga said Tuesday.',
    'The council meets again in July.',
  ],
  { localDate: '2025-06-12' },
)
const engine = new Engine(
  story(
    [herald],
    [
      quote(herald, 1, 'costly mistake.', 'Ines Varga'),
      quote(herald, 2, 'It is a mistake, and the council will regret it,', 'Ines Varga'),
    ],
    [dateAt(herald, 1, 'last week', '2025-W23'), dateAt(herald, 2, 'Tuesday', '2025-06-10')],
  ),
)

describe('"when did X say …" dated by the statement further down', () => {
  test('the day another answering paragraph of the article gives the statement, not the week of what it is about', () => {
    const a = engine.ask('When did Ines Varga say the harbour contract was a costly mistake?')
    expect(a.answer?.date).toBe('2025-06-10')
  })

  test('a question about the event itself keeps the date of the event', () => {
    const a = engine.ask('When did the council approve the harbour contract?')
    expect(a.answer?.date).toBe('2025-W23')
  })
})
