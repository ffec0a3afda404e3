import { describe, expect, test } from 'vitest'
import { Engine } from '../../src/engine.js'
import { article, quote, story } from '../helpers/story.js'

// A made-up city-hall story: an aide's message to a councillor, reported by unnamed sources in one sentence.
const hall = article('hall', [
  'Councillor Ray Dunn faces a vote on his committee post next week.',
  'Mayor’s aide Lou Park has informed Ray Dunn that he has lost the support of most of the council, city hall sources said Monday.',
])
const outerWords = 'Mayor’s aide Lou Park has informed Ray Dunn that he has lost the support of most of the council'
const engine = new Engine(
  story(
    [hall],
    [
      quote(hall, 2, outerWords, 'city hall sources', { kind: 'indirect' }),
      quote(hall, 2, 'he has lost the support of most of the council', 'Lou Park', { kind: 'indirect' }),
    ],
  ),
)

describe('a statement reported inside another', () => {
  test('"Who told X …" asks for the inner statement, whose speaker and verb the outer one holds', () => {
    const a = engine.ask('Who told Ray Dunn he had lost the support of the council?')
    expect(a.answer?.speaker).toBe('Lou Park')
  })

  test('a question naming the outer speaker keeps the outer statement', () => {
    const a = engine.ask('What did city hall sources say about Ray Dunn and the council?')
    expect(a.answer?.speaker).toBe('city hall sources')
  })
})
