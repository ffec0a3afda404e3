import { describe, expect, test } from 'vitest'
import { mainClause, sayingPhrasal } from '../../src/answer/saying-verb.js'
import { Engine } from '../../src/engine.js'
import { tokenSpans } from '../../src/search/text-terms.js'
import { article, dateAt, quote, story } from '../helpers/story.js'

// Made-up coverage, published on Thursday 2031-03-13: a refusal reported on the day after the talks it is about, and
// a meeting named in a sentence that dates a later statement.
const published = { localDate: '2031-03-13' }
const budget = article(
  'budget',
  [
    'Finance Minister Lena Vask told reporters on Wednesday that the harbour tax was “never negotiable” in Tuesday’s budget talks, and warned that the port would close if the levy were cut.',
    'The harbour tax brings in a fifth of the city’s revenue.',
  ],
  published,
)
const council = article(
  'council',
  [
    'As critics mocked the mayor for mechanically repeating himself in Monday night’s council meeting, Mayor Tom Reed said on Tuesday that he would keep his promise about the bridge.',
    'The bridge has been closed since the floods.',
  ],
  published,
)
const engine = new Engine(
  story(
    [budget, council],
    [
      quote(budget, 1, 'the harbour tax was “never negotiable”', 'Lena Vask', { kind: 'indirect' }),
      quote(council, 1, 'he would keep his promise about the bridge', 'Tom Reed', { kind: 'indirect' }),
    ],
    [
      dateAt(budget, 1, 'on Wednesday', '2031-03-12'),
      dateAt(budget, 1, 'in Tuesday’s', '2031-03-11'),
      dateAt(council, 1, 'in Monday night’s', '2031-03-10'),
      dateAt(council, 1, 'on Tuesday', '2031-03-11'),
    ],
  ),
)

describe('"when" and verbs of saying', () => {
  test('"rule out" is a statement: its date, not that of the talks the statement is about', () => {
    const a = engine.ask('When did the finance minister rule out negotiating over the harbour tax?')
    expect(a.answer?.text).toMatch(/^Finance Minister Lena Vask told reporters on Wednesday/)
    expect(a.answer?.date).toBe('2031-03-12')
  })

  test('a verb of saying in a relative clause is about the noun asked: the meeting’s date, not the statement’s', () => {
    const a = engine.ask('When was the council meeting in which Reed kept repeating his promise about the bridge?')
    expect(a.answer?.text).toMatch(/Monday night’s council meeting/)
    expect(a.answer?.date).toBe('2031-03-10')
  })

  test('the main clause ends at a relative word', () => {
    const words = mainClause(tokenSpans('When was the debate in which Rubio repeated his line?')).map((w) => w.token)
    expect(words).toEqual(['When', 'was', 'the', 'debate', 'in'])
    expect(mainClause(tokenSpans('When and where did Reed say that?'))).toHaveLength(7)
  })

  test('a phrasal verb of stance needs its particle; one WordNet files under communication, what follows it', () => {
    expect(sayingPhrasal(tokenSpans('When did Iran rule out talks?'), 3, undefined)).toBe(true)
    expect(sayingPhrasal(tokenSpans('When did the court rule on the appeal?'), 4, undefined)).toBe(false)
    expect(sayingPhrasal(tokenSpans('When did the mayor point out the flaw?'), 4, undefined)).toBe(false)
  })
})
