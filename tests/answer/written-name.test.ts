import { describe, expect, test } from 'vitest'
import { Engine } from '../../src/engine.js'
import { article, quote, story } from '../helpers/story.js'

// A made-up dinner: the campaign manager Robby Mook is quoted; Tim Cook, a guest, is written about and never quoted.
const dinner = article('dinner', [
  'The host has invited two guests: Tim Cook, the chief executive of a phone maker, and a banker.',
  '"The ban is dangerous," said campaign manager Robby Mook.',
])
const engine = new Engine(
  story(
    [dinner],
    [quote(dinner, 2, 'The ban is dangerous', 'Robby Mook')],
    [],
    [{ name: 'Robby Mook', role: 'campaign manager', aliases: ['Mook'] }],
  ),
)

describe('a name asked in full that the coverage writes is no typo for a quoted person', () => {
  test('Tim Cook, written and never quoted, is not Robby Mook', () => {
    const a = engine.ask('What did Tim Cook say about the ban?')
    expect(a.answer).toBeNull()
    expect(a.unquoted).toBe('Tim Cook')
  })

  test('a typo in the family name of the person quoted still finds them', () => {
    expect(engine.ask('What did Robby Mock say about the ban?').answer?.speaker).toBe('Robby Mook')
  })
})
