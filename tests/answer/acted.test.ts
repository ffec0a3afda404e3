import { describe, expect, test } from 'vitest'
import { understand } from '../../src/answer/understand.js'
import { Engine } from '../../src/engine.js'
import { article, dateAt, quote, story } from '../helpers/story.js'

// A made-up wire story: a mayor is quoted on a flood; a governor is never quoted, only reported acting on it; a
// minister is quoted, and reported offering aid without a quote.
const wire = article(
  'wire',
  [
    'The regional government on Saturday strongly condemned the looting of shops in the flooded port town.',
    'In a letter to the town council, Governor Ilse Marrow condemned the looters and extended her sympathy to the shopkeepers.',
    '“We will rebuild every street,” said Mayor Tomas Brandt, standing in the water outside the town hall.',
    'Minister Pavel Ostrov announced on Monday a grant of 3 million euros for the repair of the harbour wall.',
    '“The harbour wall must never fail again,” Ostrov told reporters on Tuesday.',
    'Ostrov’s chief engineer, who visited the harbour, said the wall had cracked in two places.',
    'Marrow flew to the capital on Sunday for a budget meeting.',
    'Ostrov reacted calmly to the questions of reporters.',
  ],
  { localDate: '1998-08-11' },
)
const engine = new Engine(
  story(
    [wire],
    [
      quote(wire, 3, 'We will rebuild every street', 'Tomas Brandt', { role: 'Mayor' }),
      quote(wire, 5, 'The harbour wall must never fail again', 'Pavel Ostrov', { role: 'Minister' }),
      quote(wire, 6, 'the wall had cracked in two places', 'chief engineer', { kind: 'indirect' }),
    ],
    [dateAt(wire, 4, 'on Monday', '1998-08-10'), dateAt(wire, 5, 'on Tuesday', '1998-08-11')],
    [
      { name: 'Tomas Brandt', role: 'Mayor', aliases: ['Brandt'] },
      { name: 'Pavel Ostrov', role: 'Minister', aliases: ['Ostrov'] },
      { name: 'chief engineer', role: null, aliases: [] },
    ],
  ),
)

describe('asked what a person did, the passage reporting the act answers as well as their quote', () => {
  test('a person never quoted, reported reacting: the sentence where they act answers, naming them', () => {
    const a = engine.ask('How did Governor Ilse Marrow react to the looting in the port town?')
    expect(a.unquoted).toBeUndefined()
    expect(a.answer?.text).toMatch(/^In a letter to the town council, Governor Ilse Marrow condemned the looters/)
    expect(a.answer?.speaker).toBe('Ilse Marrow')
  })

  test('a quoted person, asked when they did something they are reported doing without a quote', () => {
    const a = engine.ask('When did Ostrov announce the grant for the harbour wall?')
    expect(a.answer?.text).toMatch(/^Minister Pavel Ostrov announced on Monday/)
    expect(a.answer?.speaker).toBe('Pavel Ostrov')
    expect(a.answer?.date).toBe('1998-08-10')
  })

  test('their act on another topic does not answer', () => {
    const a = engine.ask('How did Governor Marrow respond to the harbour wall cracks?')
    expect(a.answer).toBeNull()
    expect(a.unquoted).toBe('Governor Marrow')
  })

  test('the verb asked is the act, not its topic: their reaction to something else does not answer', () => {
    const a = engine.ask('How did Ostrov react to the looting of shops?')
    expect(a.answer).toBeNull()
  })

  test('a sentence that only names them (in another person’s words, or before a possessive) is not their act', () => {
    const a = engine.ask('How did Ostrov react to the cracked wall?')
    expect(a.answer?.text ?? '').not.toMatch(/chief engineer/)
  })

  test('a verb of going is no reaction: the sentence where they fly does not answer', () => {
    const a = engine.ask('How did Governor Marrow react to the budget meeting in the capital?')
    expect(a.answer).toBeNull()
  })

  test('"What did X say?" still asks for their words: a person never quoted gets "nobody is quoted"', () => {
    const a = engine.ask('What did Governor Ilse Marrow say about the looting?')
    expect(a.answer).toBeNull()
    expect(a.unquoted).toBe('Ilse Marrow')
  })
})

describe('"How did X answer …" asks for the words of a person the coverage quotes', () => {
  // "answer" and "reply" first mean saying (WordNet), "react" and "view" do not
  test('the quoted person is the speaker asked about, not a person asked what they did', () => {
    const u = understand(engine.answerContext, 'How did Ostrov answer reports that the harbour repairs are late?')
    expect(u.asked).toEqual({ kind: 'named', names: ['Pavel Ostrov'] })
    expect(u.actors).toEqual([])
  })

  test('"react" still asks what they did', () => {
    const u = understand(engine.answerContext, 'How did Ostrov react to reports that the harbour repairs are late?')
    expect(u.asked).toBeNull()
    expect(u.actors).toEqual(['Pavel Ostrov'])
  })

  test('a person never quoted, asked how they answered, may still be answered by what they did', () => {
    const u = understand(engine.answerContext, 'How did Governor Ilse Marrow answer the looters?')
    expect(u.actors.length).toBe(1)
  })
})
