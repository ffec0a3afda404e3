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

describe('"Did X say …" is not answered by X on something else', () => {
  const vote = article('vote', [
    'Governor Ada Kline has not endorsed either candidate for the Senate seat.',
    'Kline and Treasurer Bo Marsh, who both sit on the water board, said the dam vote was premature.',
    '“I will vote for Ruiz in November,” Marsh said of the Senate race.',
  ])
  const e = new Engine(
    story(
      [vote],
      [
        quote(vote, 2, 'the dam vote was premature', 'Ada Kline', { kind: 'indirect' }),
        quote(vote, 3, 'I will vote for Ruiz in November', 'Bo Marsh'),
      ],
      [],
      [
        { name: 'Ada Kline', role: 'governor', aliases: ['Kline'] },
        { name: 'Bo Marsh', role: 'treasurer', aliases: ['Marsh'] },
      ],
    ),
  )

  test("X's statement that shares no word with the question, only the paragraph before it does, is no answer", () => {
    expect(e.ask('Did Governor Kline say she would back Ruiz for the Senate?').answer).toBeNull()
  })

  test("X's statement on it answers", () => {
    expect(e.ask('Did Marsh say he would vote for Ruiz?').answer?.text).toMatch(/I will vote for Ruiz/)
  })
})
