import { expect, test } from 'vitest'
import { Engine } from '../../src/engine.js'
import { article, dateAt, story } from '../helpers/story.js'

// A made-up story: the best paragraph dates something else ("Since 1993"); one nearly as good names the event and
// all its names but dates nothing, and the next paragraph dates it.
test('"when": a paragraph nearly as good that names the event, dated by the next one, answers before one dating something else', () => {
  const mora = article(
    'mora',
    [
      'Since 1993, a dozen doctors in the region have been shot, and Mora had feared she would be next.',
      'The murder of Dr. Ana Mora is the latest assault on the few clinic doctors who still work in the region.',
      'Nothing could stop the bullet that tore through her kitchen window Friday night.',
    ],
    { localDate: '1998-10-25' },
  )
  const e = new Engine(
    story([mora], [], [dateAt(mora, 1, 'Since 1993', '1993'), dateAt(mora, 3, 'Friday night', '1998-10-23')]),
  )
  const a = e.ask('When was clinic doctor Ana Mora shot?')
  expect(a.answer?.text).toMatch(/^Nothing could stop the bullet/)
  expect(a.answer?.date).toBe('1998-10-23')
})
