import { describe, expect, test } from 'vitest'
import { inBestRun, STORY_SENTENCES } from '../../src/answer/long-paragraph.js'
import { Engine } from '../../src/engine.js'
import { article, story } from '../helpers/story.js'

// A made-up wire text whose paragraph breaks were lost: the question's words are scattered over fifty sentences, one
// in each of several; the other story says it in one paragraph.
const filler = (i: number) => `The committee met again on day ${i} and adjourned without a vote.`
const scattered = [
  'The harbour was quiet in the morning, with 50 boats moored.',
  ...Array.from({ length: 20 }, (_, i) => filler(i)),
  'A young sailor was seen near the pier.',
  ...Array.from({ length: 20 }, (_, i) => filler(i + 20)),
  'Cargo was put on the ferry late.',
  ...Array.from({ length: 10 }, (_, i) => filler(i + 40)),
  'The pasture behind the docks was flooded.',
]
const wire = article('wire', [scattered.join(' ')])
const profile = article('profile', [
  'Tired of waiting, the pilot Ilona Varga is leaving for Canada. “Being 50 is too early to be retired,” she said.',
])
const engine = new Engine(story([wire, profile], [], [], []))

describe('a paragraph as long as a whole story is read a passage at a time', () => {
  test('its words scattered over the whole text do not cover the question', () => {
    expect(scattered.length).toBeGreaterThan(STORY_SENTENCES)
    const a = engine.ask('Who said being 50 is too young to be put out to pasture?')
    expect(a.citations[0]?.article).toBe('profile')
  })

  test('the matches kept are those of the best run of sentences', () => {
    const text = scattered.join(' ')
    const at = (word: string, term: string) => ({
      start: text.indexOf(word),
      end: text.indexOf(word) + word.length,
      term,
      weight: 1,
    })
    const matches = [at('harbour', 'harbour'), at('pasture', 'pastur'), at('flooded', 'flood')]
    expect(inBestRun(text, matches).map((m) => m.term)).toEqual(['pastur', 'flood'])
    expect(inBestRun('A short paragraph. Two sentences.', matches)).toEqual(matches)
  })
})
