import { describe, expect, test } from 'vitest'
import { buildEngine } from '../../src/engine.js'
import { article } from '../helpers/story.js'

// A made-up morning newsletter: each item opens with its headline in capitals (one counts a sum paid somewhere the
// question does not name). And a report that names the speaker
// in one paragraph and gives the fee in the next.
const digest = article('digest', [
  'SENATOR REED FEELS THE HEAT As the race tightens in Ohio, Senator Ann Reed said her rival is in trouble.',
  'CITY: WORKERS PAID LATE The city paid its bus drivers in Dayton as little as 50 dollars a week during the strike.',
])
const fee = article('fee', [
  'Governor Tom Hale gave a speech to Acme Bank in March.',
  'He was paid 200,000 dollars for the speech.',
])
const speeches = article('speeches', ['Reed has refused to publish her speeches to Zenith Bank.'])
const engine = buildEngine([digest, speeches], [])

describe('a digest item does not go on from the item before', () => {
  test('a count in an item under its own headline is not of what the item before names', () => {
    expect(engine.ask('How much was Reed paid for her speeches to Zenith Bank?').answer).toBeNull()
  })

  test('a paragraph that goes on from the one before still counts what it names', () => {
    expect(buildEngine([fee], []).ask('How much was Hale paid for his Acme Bank speech?').answer?.text).toMatch(
      /200,000 dollars/,
    )
  })
})
