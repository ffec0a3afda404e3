import { describe, expect, test } from 'vitest'
import { Engine } from '../../src/engine.js'
import { article, story } from '../helpers/story.js'

// A made-up story: news names a thing in one sentence and places it in the next.
const published = { localDate: '2026-02-04' }

describe('"where" is answered by the sentence that places what is asked', () => {
  const offices = article(
    'offices',
    [
      'The union headquarters is crowded and noisy, a sign of its growing membership and ambitions.',
      'The union headquarters is crowded and noisy. The union operates out of three floors in a Glasgow office tower near the river.',
      'The employers’ federation headquarters is quiet by comparison, with a handful of staff.',
    ],
    published,
  )
  const e = new Engine(story([offices], [], []))

  test('the place in the next sentence of the paragraph answers, and is the answer given', () => {
    const a = e.ask('Where is the union headquarters located?')
    expect(a.citations[0]?.paragraph).toBe(2)
    expect(a.answer?.text).toContain('Glasgow')
  })

  test('a paragraph that places nothing still does not answer "where"', () => {
    expect(e.ask('Where is the employers’ federation headquarters located?').answer).toBeNull()
  })
})
