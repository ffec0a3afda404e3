import { describe, expect, test } from 'vitest'
import { buildEngine } from '../../src/engine.js'
import { article } from '../helpers/story.js'

// A made-up trade story: new tariffs, and one capital's answer to them; another capital is never written.
const tariffs = article('tariffs', [
  'The White House imposed new tariffs on steel from countries trading with Ruritania on Monday.',
  'Lisbon responded on Tuesday with duties of its own on American steel and whiskey.',
  'Steel prices rose by a tenth in European markets after the tariffs took effect.',
])
const engine = buildEngine([tariffs], [])

describe('a place speaking for its government, never written', () => {
  test('a capital the coverage never writes has no answer, though the topic is covered', () => {
    expect(engine.ask('How has Canberra responded to the tariffs on steel?').answer).toBeNull()
    expect(
      engine.ask('How has Canberra responded to the tariffs on steel from countries trading with Ruritania?').answer,
    ).toBeNull()
  })

  test('a capital the coverage writes is answered', () => {
    expect(engine.ask('How has Lisbon responded to the tariffs on steel?').answer?.text).toMatch(/^Lisbon responded/)
  })
})
