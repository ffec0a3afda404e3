import { describe, expect, test } from 'vitest'
import { Engine } from '../../src/engine.js'
import { article, quote, story } from '../helpers/story.js'

// A made-up harbour row: a round-up of barbs, whose first quote the analysis ran on into the second sentence; the
// harbour master's claim about the council, and the mayor brushing the fuss over it aside.
const roundup = article('roundup', [
  'Omar Reed said the council "sank the ferry." Lena Park called Reed a "reckless captain." Ivo Tam said the pier "will hold."',
])
const row = article('row', [
  'Omar Reed said on Monday that the council founded the ferry strike.',
  '"The press is making a fuss over words again," Lena Park said of the council and the strike.',
])
const people = [
  { name: 'Omar Reed', role: 'harbour master', aliases: ['Reed'] },
  { name: 'Lena Park', role: 'mayor', aliases: ['Park'] },
  { name: 'Ivo Tam', role: 'engineer', aliases: ['Tam'] },
]
const engine = new Engine(
  story(
    [roundup, row],
    [
      // the analysis's error: Reed's quote runs on over Park's sentence
      quote(roundup, 1, 'the council "sank the ferry." Lena Park called Reed a "reckless captain."', 'Omar Reed'),
      quote(roundup, 1, 'the pier "will hold."', 'Ivo Tam'),
      quote(row, 1, 'the council founded the ferry strike', 'Omar Reed', { kind: 'indirect' }),
      quote(row, 2, 'The press is making a fuss over words again', 'Lena Park'),
    ],
    [],
    people,
  ),
)

describe('"Who said …" about a named person: the person named is the topic, not the speaker', () => {
  test('the name opening the answering sentence speaks, not the topic the analysis gave it to', () => {
    const a = engine.ask('Who called Omar Reed a reckless captain?')
    expect(a.answer?.text).toMatch(/^Lena Park called Reed/)
    expect(a.answer?.speaker).toBe('Lena Park')
  })

  test("another person's statement nearly as good comes before the topic person's own", () => {
    const a = engine.ask('Who dismissed the fuss over Reed saying the council founded the strike as words?')
    expect(a.answer?.speaker).toBe('Lena Park')
    expect(a.citations[0]?.paragraph).toBe(2)
  })

  test('a question naming no one keeps the best statement', () => {
    expect(engine.ask('Who said the council founded the ferry strike?').answer?.speaker).toBe('Omar Reed')
  })
})
