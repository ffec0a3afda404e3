import { describe, expect, test } from 'vitest'
import { Engine } from '../../src/engine.js'
import { article, story } from '../helpers/story.js'

// A made-up poll story: the share asked for opens the paragraph's second sentence, spelled out as news style writes
// a number that starts a sentence.
const published = { localDate: '2026-03-04' }

describe('"What share of X …" is answered by the sentence that gives the share', () => {
  const poll = article(
    'poll',
    [
      'A greater percentage of registered nurses view the union leader as honest and capable than two months ago, according to a new Harbour Research poll. Sixty-one percent now believe she could win the leadership vote, up from 40 percent in the previous survey.',
      'The health board said it would study the poll before the next round of pay talks.',
    ],
    published,
  )
  const e = new Engine(story([poll], [], []))

  test('the spelled-out share in the next sentence answers, and is the answer given', () => {
    const a = e.ask('What share of nurses think the union leader could win the leadership vote?')
    expect(a.citations[0]?.paragraph).toBe(1)
    expect(a.answer?.text).toContain('Sixty-one percent')
  })

  test('a paragraph that gives no share does not answer it', () => {
    expect(e.ask('What share of health board members back the pay offer?').answer).toBeNull()
  })
})
