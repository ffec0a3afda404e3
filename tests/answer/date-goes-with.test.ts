import { describe, expect, test } from 'vitest'
import { goesWith } from '../../src/answer/rank.js'
import { Engine } from '../../src/engine.js'
import { article, dateAt, story } from '../helpers/story.js'

const at = (text: string, words: string) => {
  const start = text.indexOf(words)
  return { start, end: start + words.length }
}

describe('which words of a sentence a date goes with', () => {
  test('the date goes with the verb across its prepositional phrases: prepositions and articles do not count', () => {
    const text = 'The diver was lowered into the sea off the coast of the island on June 3, 1994.'
    expect(goesWith(text, at(text, 'on June 3, 1994'), at(text, 'lowered'))).toBe(true)
    // but not across many words that carry meaning
    const far = 'The diver was lowered with two heavy cameras and a spare oxygen tank on June 3, 1994.'
    expect(goesWith(far, at(far, 'on June 3, 1994'), at(far, 'lowered'))).toBe(false)
  })

  test('a date after an article modifies the noun after it, not the words before ("in the 1995 shooting")', () => {
    const text = 'The warrant issued Monday charged him with murder in the 1995 shooting of a doctor.'
    expect(goesWith(text, at(text, '1995'), at(text, 'murder'))).toBe(false)
    expect(goesWith(text, at(text, '1995'), at(text, 'shooting'))).toBe(true)
    expect(goesWith(text, at(text, 'Monday'), at(text, 'charged'))).toBe(true)
  })
})

test('"when" is answered by the sentence that dates the event across its phrases, with that date', () => {
  const diver = article(
    'diver',
    [
      'Tired of waiting, the veteran diver Olga Brenner is moving to Chile. With a Chilean partner, Brenner set up a diving school called Blue 1990 for deep-sea work. Brenner was lowered into the sea off the coast of the island on June 3, 1994. On May 2, 2001, Brenner was made an honorary citizen of the island.',
    ],
    { localDate: '2008-04-18' },
  )
  const e = new Engine(
    story(
      [diver],
      [],
      [dateAt(diver, 1, 'on June 3, 1994', '1994-06-03'), dateAt(diver, 1, 'On May 2, 2001', '2001-05-02')],
    ),
  )
  const a = e.ask('When did the diver Brenner go down into the sea?')
  expect(a.answer?.text).toMatch(/^Brenner was lowered into the sea/)
  expect(a.answer?.date).toBe('1994-06-03')
})
