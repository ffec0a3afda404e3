import { describe, expect, test } from 'vitest'
import { Engine } from '../../src/engine.js'
import { article, quote, story } from '../helpers/story.js'

// A made-up harbour story: the same claim given to unnamed reports and, in other words, to a named pilot.
const published = { localDate: '2026-03-04' }
const harbour = article(
  'harbour',
  [
    'The council has pushed to close the harbour road before winter, according to local reports.',
    '“The council wants the harbour road shut before winter,” said Mara Lind, a harbour pilot.',
    'The ferry company said its timetable would not change.',
  ],
  published,
)
const engine = new Engine(
  story(
    [harbour],
    [
      quote(harbour, 1, 'The council has pushed to close the harbour road before winter', 'local reports', {
        kind: 'indirect',
      }),
      quote(harbour, 2, 'The council wants the harbour road shut before winter', 'Mara Lind'),
      quote(harbour, 3, 'its timetable would not change', 'The ferry company', { kind: 'indirect' }),
    ],
    [],
  ),
)

describe('"Who said …" is answered by a named person before unnamed sources nearly as relevant', () => {
  test('the pilot, not "local reports"', () => {
    const a = engine.ask('Who said the council pushed to shut the harbour road before winter?')
    expect(a.answer?.speaker).toBe('Mara Lind')
    expect(a.citations.map((c) => c.paragraph)).toContain(1)
  })

  test('unnamed sources answer when no named statement is nearly as good', () => {
    expect(engine.ask('Who said the council has pushed to close the harbour road?').answer?.speaker).toBe(
      'local reports',
    )
  })

  test('a question that is not "who said" keeps the best passage', () => {
    const a = engine.ask('What did the council push for before winter?')
    expect(a.citations[0]?.paragraph).toBe(1)
  })
})
