import { expect, test } from 'vitest'
import { findDates } from '../../src/story/dates/index.js'

const values = (text: string): string[] =>
  findDates(text, { localDate: '2019-01-16' }).map((d) => `${d.text}=${d.value}`)

test.each([
  // after a title or a name, a month name is a surname or part of a name
  ['Mr. Corbyn slammed Ms. May’s offer to work with other parties.', []],
  ['The defeat of Prime Minister Theresa May’s plan was the largest since 1924.', ['since 1924=1924']],
  ['Thousands marched in the annual NYC Pride March on Sunday.', ['on Sunday=2019-01-13']],
  ['The signers included Jill June and Bob Haus.', []],
  // a month all the same after a time word, an article or with its year
  ['The party lost May’s local elections badly.', ['May’s=2018-05']],
  ['Turnout fell in May and rose in June.', ['in May=2018-05', 'in June=2018-06']],
  ['Elections Canada reported in May 2018 that turnout fell.', ['in May 2018=2018-05']],
])('%s', (text, expected) => {
  expect(values(text)).toEqual(expected)
})
