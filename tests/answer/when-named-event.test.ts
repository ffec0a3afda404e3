import { describe, expect, test } from 'vitest'
import { Engine } from '../../src/engine.js'
import { article, dateAt, story } from '../helpers/story.js'

// Made-up coverage of two meetings, published on Friday 2025-06-13: one dates a meeting of others with the question's
// common words, the other the meeting of the question's names.
const council = article(
  'council',
  [
    '“We must fix the budget together,” Speaker Ann Holt said, inviting the Harbour Party to meet with members of the city finance committee in Lowtown on Thursday morning to win back support for the housing plan.',
  ],
  { localDate: '2025-06-13' },
)
const visit = article(
  'visit',
  [
    'Governor Lena Voss made it clear to Green Party councillors on Wednesday that she has their backs on the housing plan.',
    'The councillors left the two-hour discussion with the governor at City Hall in good spirits.',
  ],
  { localDate: '2025-06-13' },
)
const engine = new Engine(
  story(
    [council, visit],
    [],
    [dateAt(council, 1, 'on Thursday morning', '2025-06-12'), dateAt(visit, 1, 'on Wednesday', '2025-06-11')],
  ),
)

describe('"when": the event of the question’s names', () => {
  test('a paragraph dating a meeting of others yields to one nearly as good that names who met', () => {
    const a = engine.ask(
      'When did Voss meet with Green Party councillors at City Hall to promise help winning back support for the housing plan?',
    )
    expect(a.answer?.text).toMatch(/^Governor Lena Voss made it clear/)
    expect(a.answer?.date).toBe('2025-06-11')
  })
})
