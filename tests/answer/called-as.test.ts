import { describe, expect, test } from 'vitest'
import { Engine } from '../../src/engine.js'
import { article, quote, story } from '../helpers/story.js'

// A made-up harbour plan: the treasurer gives it a name; the mayor speaks of it in other words, and calls something
// else a name.
const plan = article('plan', [
  'Treasurer Omar Reed called the harbour plan a "wish list."',
  'The council published its harbour plan on Monday.',
  '"The harbour plan breaks the law, and it will stay against the law," Mayor Lena Park said.',
  'Park was more direct about the budget, what she called "our quarrel this year."',
])
const engine = new Engine(
  story(
    [plan],
    [
      quote(plan, 1, 'the harbour plan a "wish list."', 'Omar Reed', { kind: 'indirect' }),
      quote(plan, 3, 'The harbour plan breaks the law, and it will stay against the law', 'Lena Park'),
      quote(plan, 4, 'our quarrel this year.', 'Lena Park'),
    ],
    [],
    [
      { name: 'Omar Reed', role: 'treasurer', aliases: ['Reed'] },
      { name: 'Lena Park', role: 'mayor', aliases: ['Park'] },
    ],
  ),
)

describe('"Did X call Y a NAME?" asks whether X gave Y that name', () => {
  test("X's statements on Y in other words, or calling something else a name, are no answer", () => {
    expect(engine.ask('Did Park call the harbour plan a wish list?').answer).toBeNull()
  })

  test('the passage writing the name answers', () => {
    expect(engine.ask('Did Reed call the harbour plan a wish list?').answer?.text).toMatch(/wish list/)
  })

  test('"call for" asks no name', () => {
    expect(engine.ask('Did Park call for a harbour plan?').answer).not.toBeNull()
  })
})
