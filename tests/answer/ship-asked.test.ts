import { describe, expect, test } from 'vitest'
import { askedShipNoun } from '../../src/answer/ship-noun.js'
import { Engine } from '../../src/engine.js'
import { wordNet } from '../../src/lexicon/wordnet.js'
import { article, story } from '../helpers/story.js'

// Made-up coverage: a navy sends a ship, named only by its prefix and name, to a region the question writes in one
// word ("Mideast") and the article in two ("Middle East").
const report = article('report', [
  'Talks between the two governments resumed in Geneva on Monday after a pause of three months.',
  'After the protests last month, the admiral raised the pressure on the country, dispatching the HMS Resolute to the Middle East.',
  'The admiral said the talks would go on regardless of the protests.',
  'Shipping lanes in the Middle East have been quiet this week, harbour officials said.',
  'The admiral will send more warships to the Middle East next month, officials said.',
])
const engine = new Engine(story([report]))

describe('"which carrier / warship": a ship named by its prefix, in a place written otherwise', () => {
  test('a kind of ship is asked for by "which" or "what", by the lexicon', () => {
    const lexicon = wordNet()
    expect(askedShipNoun('Which carrier did the admiral send?', lexicon)).toBe('carrier')
    expect(askedShipNoun('What warship was sent to the Gulf?', lexicon)).toBe('warship')
    expect(askedShipNoun('Which minister did the admiral meet?', lexicon)).toBeNull()
    expect(askedShipNoun('Which carrier did the admiral send?', undefined)).toBeNull()
  })

  test('"the Mideast" finds "the Middle East", and the ship named there answers', () => {
    const a = engine.ask('Which warship did the admiral send to the Mideast?')
    expect(a.answer?.text).toMatch(/dispatching the HMS Resolute to the Middle East/)
  })

  test('a sentence naming a ship answers before a better-covered one that names none', () => {
    const a = engine.ask('Which warship did the admiral send to the Middle East?')
    expect(a.answer?.text).toMatch(/HMS Resolute/)
  })

  test('the WordNet reading: "carrier" and "vessel" are kinds of watercraft, "airline" is not', () => {
    const lexicon = wordNet()
    expect(lexicon.kindOf('carrier', 'watercraft')).toBe(true)
    expect(lexicon.kindOf('vessel', 'watercraft')).toBe(true)
    expect(lexicon.kindOf('airline', 'watercraft')).toBe(false)
  })
})
