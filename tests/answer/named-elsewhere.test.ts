import { describe, expect, test } from 'vitest'
import { Engine } from '../../src/engine.js'
import { renderAnswerText } from '../../src/render/text.js'
import { article, quote, story } from '../helpers/story.js'

// Two people of one surname the coverage took for one: a governor in a recent article, a president in an old wire
// story that writes only "Mr. Hale".
const recent = article('recent', [
  'Governor Jack Hale said he would support the Denver team in the final.',
  '“The ban on refugees is wrong and un-American,” Senator Ada Moss said of the proposed ban.',
])
const old = article(
  'old',
  [
    'Mr. Hale issued an ultimatum on the proposed ban on imports, demanding that the regime withdraw within a week.',
    '“This ban will hold until the troops leave,” Mr. Hale said.',
  ],
  { localDate: '1991-02-25' },
)
const s = story(
  [recent, old],
  [
    quote(recent, 1, 'he would support the Denver team in the final', 'Jack Hale', { kind: 'indirect' }),
    quote(recent, 2, 'The ban on refugees is wrong and un-American', 'Ada Moss'),
    quote(old, 2, 'This ban will hold until the troops leave', 'Jack Hale'),
  ],
  [],
  [
    { name: 'Jack Hale', role: 'governor', aliases: ['Hale'] },
    { name: 'Ada Moss', role: 'senator', aliases: ['Moss'] },
  ],
)
const engine = new Engine(s)

describe('a person named in full, quoted only on something else', () => {
  test('an article that never writes their full name does not quote them', () => {
    const a = engine.ask('What did Jack Hale say about the proposed ban?')
    expect(a.answer).toBeNull()
    expect(a.notQuotedOn).toBe('Jack Hale')
    expect(renderAnswerText(a, () => [])).toMatch(/Jack Hale is quoted in the coverage, but not on this/)
  })

  test('nor does another person’s sentence on the topic answer "X himself"', () => {
    expect(engine.ask('What did Jack Hale himself say about the proposed ban?').answer).toBeNull()
  })

  test('the surname alone still finds the statement the coverage gives them', () => {
    expect(engine.ask('What did Hale say about the ban?').answer?.text).toMatch(/This ban will hold/)
  })

  test('their own statements in an article that names them in full answer', () => {
    expect(engine.ask('What did Jack Hale say about the final?').answer?.text).toMatch(/Denver team/)
  })
})
