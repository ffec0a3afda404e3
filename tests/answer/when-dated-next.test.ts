import { describe, expect, test } from 'vitest'
import { Engine } from '../../src/engine.js'
import { article, dateAt, story } from '../helpers/story.js'

// A made-up story: the best paragraph dates something else ("Since 1993"); one nearly as good names the event and
// all its names but dates nothing, and the next paragraph dates it, or only gives a year of something else.
const mora = (next: string) =>
  article(
    'mora',
    [
      'Since 1993, a dozen doctors in the region have been shot, and Mora had feared she would be next.',
      'The murder of Dr. Ana Mora is the latest assault on the few clinic doctors who still work in the region.',
      next,
    ],
    { localDate: '1998-10-25' },
  )
const asked = 'When was clinic doctor Ana Mora shot?'

describe('"when": a paragraph nearly as good that names the event and is dated by the next one', () => {
  test('answers, by the next one, before one dating something else', () => {
    const a = mora('Nothing could stop the bullet that tore through her kitchen window Friday night.')
    const e = new Engine(
      story([a], [], [dateAt(a, 1, 'Since 1993', '1993'), dateAt(a, 3, 'Friday night', '1998-10-23')]),
    )
    const answer = e.ask(asked).answer
    expect(answer?.text).toMatch(/^Nothing could stop the bullet/)
    expect(answer?.date).toBe('1998-10-23')
  })

  test('not when the next one gives only a year, of something else', () => {
    const a = mora('Little of the anger of the 1992 protests remains in the town.')
    const e = new Engine(story([a], [], [dateAt(a, 1, 'Since 1993', '1993'), dateAt(a, 3, '1992', '1992')]))
    expect(e.ask(asked).answer?.text).toMatch(/^Since 1993/)
  })
})
