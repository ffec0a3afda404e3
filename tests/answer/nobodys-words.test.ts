import { describe, expect, test } from 'vitest'
import { Engine } from '../../src/engine.js'
import { article, quote, story } from '../helpers/story.js'

// A made-up week: an editorial praises the mayor's ruling on the harbour bridge; the treasurer speaks of the bridge.
const editorial = article('editorial', [
  'Good for Mayor Lena Park for the sensible ruling she made on the harbour bridge repairs.',
  'The council had tried to delay the harbour bridge repairs for another year.',
])
const council = article('council', [
  '“The harbour bridge repairs will cost the city four million dollars,” Treasurer Omar Reed said.',
])
const engine = new Engine(
  story(
    [editorial, council],
    [quote(council, 1, 'The harbour bridge repairs will cost the city four million dollars', 'Omar Reed')],
    [],
    [{ name: 'Omar Reed', role: 'treasurer', aliases: ['Reed'] }],
  ),
)

describe('"what did X say" about a person the coverage only writes about', () => {
  test("the writer's words about X are no answer", () => {
    expect(engine.ask('What did Lena Park say about the harbour bridge repairs?').answer).toBeNull()
  })

  test("a quoted person's own statement still answers", () => {
    expect(engine.ask('What did Omar Reed say about the harbour bridge repairs?').answer?.speaker).toBe('Omar Reed')
  })
})
