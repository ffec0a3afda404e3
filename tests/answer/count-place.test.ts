import { describe, expect, test } from 'vitest'
import { Engine } from '../../src/engine.js'
import { article, story } from '../helpers/story.js'

// A made-up primary season: a vote of citizens abroad that places its count nowhere, and a state's primary.
const abroad = article('abroad', [
  'Party members living abroad voted by mail and online over a week.',
  'Senator Ada Moss won 40 percent of the vote, picking up five delegates.',
])
const rally = article('rally', ['Moss held a rally in Texas on Monday ahead of the primary there.'])
const ohio = article('ohio', ['Senator Ada Moss won 60 delegates in the Ohio primary on Tuesday, her campaign said.'])

describe('a count asked of a place', () => {
  test('is not answered from an article that never writes the place', () => {
    const engine = new Engine(story([abroad, rally], [], [], []))
    expect(engine.ask('How many delegates did Moss win in the Texas primary?').answer).toBeNull()
  })

  test("is answered from the place's own article", () => {
    const engine = new Engine(story([abroad, ohio], [], [], []))
    expect(engine.ask('How many delegates did Moss win in the Ohio primary?').answer?.text).toMatch(/60 delegates/)
  })
})
