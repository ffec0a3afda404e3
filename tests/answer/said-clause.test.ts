import { describe, expect, test } from 'vitest'
import { Engine } from '../../src/engine.js'
import { article, quote, story } from '../helpers/story.js'

// A made-up week: the mayor speaks of a reception at City Hall; the treasurer says the bridge will reopen.
const reception = article('reception', [
  'Members of the Harbour Council met at City Hall on Monday.',
  '“I had a lovely evening with the Harbour Council at City Hall,” Mayor Lena Park said.',
])
const bridge = article('bridge', [
  '“The harbour bridge will reopen in May,” Treasurer Omar Reed told the Harbour Council on Tuesday.',
])
const engine = new Engine(
  story(
    [reception, bridge],
    [
      quote(reception, 2, 'I had a lovely evening with the Harbour Council at City Hall', 'Lena Park'),
      quote(bridge, 1, 'The harbour bridge will reopen in May', 'Omar Reed'),
    ],
    [],
    [
      { name: 'Lena Park', role: 'mayor', aliases: ['Park'] },
      { name: 'Omar Reed', role: 'treasurer', aliases: ['Reed'] },
    ],
  ),
)

describe('"Did X say CLAUSE" asks whether X said that', () => {
  test("X's statement on something else, sharing only names, is no answer", () => {
    expect(engine.ask('Did Park say the Harbour Council bridge will reopen?').answer).toBeNull()
  })

  test("X's statement of it answers", () => {
    expect(engine.ask('Did Reed say the Harbour Council bridge will reopen?').answer?.text).toMatch(
      /will reopen in May/,
    )
  })
})
