import { describe, expect, test } from 'vitest'
import { Engine } from '../../src/engine.js'
import { article, quote, story } from '../helpers/story.js'

// A made-up week: the mayor speaks of traffic one day; at a council meeting the treasurer speaks of the bridge.
const traffic = article('traffic', [
  'Mayor Lena Park spoke to reporters on Tuesday.',
  '“Traffic will flow again by the summer,” Park said.',
])
const council = article('council', [
  'The council voted on the harbour bridge repairs on Wednesday.',
  '“The bridge repairs will cost the city four million dollars,” Treasurer Omar Reed said.',
])
const engine = new Engine(
  story(
    [traffic, council],
    [
      quote(traffic, 2, 'Traffic will flow again by the summer', 'Lena Park'),
      quote(council, 2, 'The bridge repairs will cost the city four million dollars', 'Omar Reed'),
    ],
    [],
    [
      { name: 'Lena Park', role: 'mayor', aliases: ['Park'] },
      { name: 'Omar Reed', role: 'treasurer', aliases: ['Reed'] },
    ],
  ),
)

describe('"what did X say" is answered by X\'s words only', () => {
  test("another person's statement on the topic is no answer to what a person described said", () => {
    expect(engine.ask('What did the mayor say about the bridge repairs?').answer).toBeNull()
  })

  test("X's own statement answers", () => {
    expect(engine.ask('What did the treasurer say about the bridge repairs?').answer?.speaker).toBe('Omar Reed')
    expect(engine.ask('What did the mayor say about traffic?').answer?.text).toMatch(/Traffic will flow/)
  })
})
