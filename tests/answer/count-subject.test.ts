import { describe, expect, test } from 'vitest'
import { Engine } from '../../src/engine.js'
import { article, story } from '../helpers/story.js'

// A made-up count before a vote (which names no candidate), and one after another vote.
const before = article('before', [
  'A look at where the race stands heading into the Ashford caucuses Saturday, in which seven seats are at stake.',
])
const after = article('after', ['Lena Park won four seats in the Brookfield caucuses on Tuesday.'])
const debate = article('debate', [
  'The harbour debate drew around 8 million viewers, the station said.',
  'Lena Park hosted it from the town hall.',
])
const engine = new Engine(story([before, after, debate]))

describe('"How many N did X VERB" counts what X did: the passage names X and what the question names', () => {
  test('a count naming neither X nor what X won there is no answer', () => {
    expect(engine.ask('How many seats did Park win in the Ashford caucuses?').answer).toBeNull()
  })

  test("X's count of the place asked answers", () => {
    expect(engine.ask('How many seats did Park win in the Brookfield caucuses?').answer?.text).toMatch(/four seats/)
  })

  test("a possessive subject counts its noun: Park's debate need not name Park", () => {
    expect(engine.ask("How many viewers did Park's harbour debate draw?").answer?.text).toMatch(/8 million viewers/)
  })
})
