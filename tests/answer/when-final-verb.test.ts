import { describe, expect, test } from 'vitest'
import { finalVerb } from '../../src/answer/act-date.js'
import { Engine } from '../../src/engine.js'
import { wordNet } from '../../src/lexicon/wordnet.js'
import { article, dateAt, story } from '../helpers/story.js'

// Made-up coverage, published on Saturday 2031-05-10: this week's strike talks, and the earlier round, dated in a
// clause whose verb is a synonym of the question's.
const published = { localDate: '2031-05-10' }
const strike = article(
  'strike',
  [
    'Friday’s negotiations were the first since wage talks between the dockers and the port authority collapsed last year after a month-long strike.',
    'The port handles a third of the country’s grain.',
  ],
  published,
)
const engine = new Engine(
  story([strike], [], [dateAt(strike, 1, 'Friday’s', '2031-05-09'), dateAt(strike, 1, 'last year', '2030')]),
)

describe('"when did X <verb>?": the date of the verb that ends the question, said in a synonym', () => {
  test('"break down" is answered by the date of "collapsed", not of the noun the other date goes with', () => {
    const a = engine.ask('When did the earlier round of wage negotiations break down?')
    expect(a.answer?.text).toMatch(/collapsed last year/)
    expect(a.answer?.date).toBe('2030')
  })

  test('the final verb: base form, with its particle, not a noun after an article', () => {
    const lexicon = wordNet()
    expect(finalVerb('When did the talks break down?', lexicon)).toBe('break down')
    expect(finalVerb('When did the mayor resign?', lexicon)).toBe('resign')
    expect(finalVerb('When did Iran rule out negotiating over the harbour tax?', lexicon)).toBeNull()
    expect(finalVerb('When did Obama give the address?', lexicon)).toBeNull()
    expect(finalVerb('When did Clinton win the Virgin Islands caucuses?', lexicon)).toBeNull()
    expect(finalVerb('When was the strike over?', lexicon)).toBeNull()
  })
})
