import { describe, expect, test } from 'vitest'
import { Engine } from '../../src/engine.js'
import { article, story } from '../helpers/story.js'

// Made-up coverage: a poll's finding stated in words, its figures in the next paragraph, and another group's share
// further down.
const poll = (figures: string) =>
  article('courier', [
    'Residents of Dunmore strongly back the new tram line, a Courier poll finds, ahead of the council vote next week.',
    figures,
    'The council is split on the cost of the line.',
    'Drivers are less keen on the tram line, with 41% of them in favour of it.',
  ])

describe('"what share": the figures in the paragraph after the finding', () => {
  test('the next paragraph that opens with a share answers, the finding cited after it', () => {
    const engine = new Engine(story([poll('By 64%-29%, those surveyed said the line should be built.')]))
    const a = engine.ask('What share of Dunmore residents back the new tram line in the Courier poll?')
    expect(a.answer?.text).toBe('By 64%-29%, those surveyed said the line should be built.')
    expect(a.citations.map((c) => c.paragraph).slice(0, 2)).toEqual([2, 1])
  })

  test('a next paragraph without a share does not answer', () => {
    const engine = new Engine(story([poll('Those surveyed said the line should be built before 2030.')]))
    const a = engine.ask('What share of Dunmore residents back the new tram line in the Courier poll?')
    expect(a.answer?.text ?? '').not.toMatch(/before 2030/)
  })
})
