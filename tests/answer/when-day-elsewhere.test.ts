import { describe, expect, test } from 'vitest'
import { Engine } from '../../src/engine.js'
import { article, dateAt, story } from '../helpers/story.js'

// Made-up coverage: one outlet dates the chief's retirement by its month only, another by its day.
const gazette = article(
  'gazette',
  [
    'Fire chief Tomas Rieck, who retired from the fire brigade in early March, opened the new station in Alder Street on Saturday.',
    'The station has room for four engines.',
  ],
  { localDate: '2025-04-14' },
)
const courier = (day: string) =>
  article(
    'courier',
    [
      `The brigade named a new fire chief, three weeks after Tomas Rieck retired on March ${day} after 30 years of service.`,
      'The new chief starts in May.',
    ],
    { localDate: '2025-03-28' },
  )
const engineWith = (...days: string[]) => {
  const others = days.map((day, i) => ({ ...courier(day), id: `courier-${i}` }))
  return new Engine(
    story(
      [gazette, ...others],
      [],
      [
        dateAt(gazette, 1, 'in early March', '2025-03'),
        dateAt(gazette, 1, 'on Saturday', '2025-04-12'),
        ...others.map((a, i) => dateAt(a, 1, `on March ${days[i]}`, `2025-03-0${days[i]}`)),
      ],
    ),
  )
}
const asked = 'When did fire chief Tomas Rieck retire from the fire brigade?'

describe('a month made a day by another article that answers the question', () => {
  test('the one day within the month that another article gives with the question’s words', () => {
    const a = engineWith('7').ask(asked)
    expect(a.answer?.text).toMatch(/^Fire chief Tomas Rieck, who retired .* in early March/)
    expect(a.answer?.date).toBe('2025-03-07')
  })

  test('two articles giving two days leave the month', () => {
    const a = engineWith('7', '8').ask(asked)
    expect(a.answer?.text).toMatch(/in early March/)
    expect(a.answer?.date).toBe('2025-03')
  })
})
