import { describe, expect, test } from 'vitest'
import { Engine } from '../../src/engine.js'
import { article, quote, story } from '../helpers/story.js'

// A made-up campaign story: the candidate's wife speaks of him, never of his harbour plan; a councillor speaks of it.
const rally = article('rally', [
  'Ada Kline spoke at her husband’s rally in Portsmouth on Saturday.',
  '“My husband will be the best mayor this city has had,” Kline said.',
  'Councillor Bo Marsh said the harbour plan would cost too much.',
])
const quotes = [
  quote(rally, 2, 'My husband will be the best mayor this city has had', 'Ada Kline'),
  quote(rally, 3, 'the harbour plan would cost too much', 'Bo Marsh', { kind: 'indirect' }),
]
const people = [
  { name: 'Ada Kline', role: null, aliases: ['Kline'] },
  { name: 'Bo Marsh', role: 'councillor', aliases: ['Marsh'] },
]
const engine = new Engine(story([rally], quotes, [], people))

describe('the owner of a topic is not the topic', () => {
  test('a statement sharing only the topic\'s owner ("her husband\'s") does not answer', () => {
    const a = engine.ask('What did Ada Kline say about her husband’s plan for the harbour?')
    expect(a.answer).toBeNull()
    expect(a.notQuotedOn).toBe('Ada Kline')
  })

  test('asked about the owner himself, the statement answers', () => {
    expect(engine.ask('What did Ada Kline say about her husband?').answer?.text).toMatch(/^“?My husband will be/)
  })
})
