import { describe, expect, test } from 'vitest'
import { Engine } from '../../src/engine.js'
import { dayWithin } from '../../src/story/dates/within.js'
import { article, dateAt, quote, story } from '../helpers/story.js'

// A made-up story published on Tuesday 2026-02-10: the lead dates a statement by its week, a later paragraph by its
// day, as news writes it.
const bridge = article(
  'bridge',
  [
    'The old harbour bridge must close for two years of repairs, Mayor Ada Kerr said this week at a meeting in the port town.',
    'The bridge carries most of the traffic to the islands.',
    '“The bridge is no longer safe for heavy lorries,” Kerr said Monday in the port town, according to a recording of the meeting.',
  ],
  { localDate: '2026-02-10' },
)
const speakers = [{ name: 'Ada Kerr', role: 'Mayor', aliases: ['Kerr'] }]

/** The story with Kerr's statement dated "this week" in the lead and by a day (`monday`) further down. */
const engineWithMonday = (monday: string) =>
  new Engine(
    story(
      [bridge],
      [
        quote(bridge, 1, 'The old harbour bridge must close for two years of repairs', 'Ada Kerr', {
          kind: 'indirect',
        }),
        quote(bridge, 3, 'The bridge is no longer safe for heavy lorries', 'Ada Kerr'),
      ],
      [dateAt(bridge, 1, 'this week', '2026-W07'), dateAt(bridge, 3, 'Monday', monday)],
      speakers,
    ),
  )
const asked = 'When did Mayor Kerr say the harbour bridge must close?'

describe('a "when" answer told to the day', () => {
  test('a week made a day by another paragraph that gives the day of the same statement with the question’s words', () => {
    expect(engineWithMonday('2026-02-09').ask(asked).answer?.date).toBe('2026-02-09')
  })

  test('the week stays when the day given is outside it', () => {
    expect(engineWithMonday('2026-02-02').ask(asked).answer?.date).toBe('2026-W07')
  })

  test('a day lies within its ISO week, month and year', () => {
    expect(dayWithin('2016-04-04', '2016-W14')).toBe(true)
    expect(dayWithin('2016-04-03', '2016-W14')).toBe(false)
    expect(dayWithin('2021-01-03', '2020-W53')).toBe(true)
    expect(dayWithin('2016-04-04', '2016-04')).toBe(true)
    expect(dayWithin('2016-04-04', '2016')).toBe(true)
    expect(dayWithin('2016-04-04', '2015')).toBe(false)
    expect(dayWithin('2016-04', '2016')).toBe(false)
  })
})
