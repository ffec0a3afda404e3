import { describe, expect, test } from 'vitest'
import { Engine } from '../../src/engine.js'
import { article, dateAt, story } from '../helpers/story.js'

// A made-up wire story that never writes the name a reader knows the case by ("the Harlow case").
const ruling = article(
  'ruling',
  [
    'The Supreme Tribunal Friday rejected Danish objections to a Norwegian tribunal case over the sinking of a ferry off Skagen in 1994. Norway, which brought the case, hailed the ruling.',
    'Both sides will file new papers in the spring.',
  ],
  { localDate: '2003-05-10' },
)
const engine = new Engine(story([ruling], [], [dateAt(ruling, 1, 'Friday', '2003-05-09')]))

describe('a name the coverage never writes', () => {
  test('modifying a noun the best passage writes, with every other name, does not stop the answer', () => {
    const a = engine.ask("When did the Supreme Tribunal throw out the Danish objections to Norway's Harlow case?")
    expect(a.answer?.text).toMatch(/^The Supreme Tribunal Friday rejected Danish objections/)
    expect(a.answer?.date).toBe('2003-05-09')
  })

  test('standing as the topic by itself, it still means the coverage does not answer', () => {
    const a = engine.ask('When did the Supreme Tribunal rule on Harlow?')
    expect(a.answer).toBeNull()
  })

  test('modifying a noun, but with another name of the question missing, it does too', () => {
    const a = engine.ask("When did the Supreme Tribunal throw out the Swedish objections to Norway's Harlow case?")
    expect(a.answer).toBeNull()
  })
})
