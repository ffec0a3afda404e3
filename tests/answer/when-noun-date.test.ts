import { describe, expect, test } from 'vitest'
import { Engine } from '../../src/engine.js'
import { article, dateAt, story } from '../helpers/story.js'

// Made-up wire stories, published on Saturday 2003-05-10: an event dated by a weekday set before its noun, a period
// with a start and an end, and a race reported without the candidates' shares.
const published = { localDate: '2003-05-10' }
const flood = article(
  'flood',
  [
    'Governor Ada Pell Saturday toured the river towns of Mirren and Oskley, flooded after a week of rain.',
    'The Thursday floods in the river towns of Mirren and Oskley destroyed at least 300 homes.',
  ],
  published,
)
const offer = article(
  'offer',
  ['Halvard Mills said it will also buy all shares tendered on the Oslo exchange from Monday through May 30.'],
  published,
)
const race = article(
  'race',
  ['Judge Mira Castell got fewer votes than her rival in the county court race on Tuesday.'],
  published,
)
const engine = new Engine(
  story(
    [flood, offer, race],
    [],
    [
      dateAt(flood, 1, 'Saturday', '2003-05-10'),
      dateAt(flood, 2, 'Thursday', '2003-05-08'),
      dateAt(offer, 1, 'Monday', '2003-05-12'),
      dateAt(offer, 1, 'May 30', '2003-05-30'),
      dateAt(race, 1, 'on Tuesday', '2003-05-06'),
    ],
  ),
)

describe('a date set before a noun dates the noun and its phrases', () => {
  test('"The Thursday floods in the river towns" dates the floods, not the governor’s visit of Saturday', () => {
    const a = engine.ask('When were the river towns of Mirren and Oskley flooded?')
    expect(a.answer?.text).toMatch(/^The Thursday floods/)
    expect(a.answer?.date).toBe('2003-05-08')
  })
})

describe('"through what date" asks for the end of a period', () => {
  test('the date after "through", not the start of the period', () => {
    const a = engine.ask('Through what date will Halvard Mills buy shares tendered on the Oslo exchange?')
    expect(a.shape).toBe('when')
    expect(a.answer?.date).toBe('2003-05-30')
  })
})

describe('"what percentage" asks for a share', () => {
  test('a sentence about the race without the candidate’s share does not answer', () => {
    const a = engine.ask('What percentage of the vote did Mira Castell get in the county court race?')
    expect(a.answer).toBeNull()
  })
})
