import { describe, expect, test } from 'vitest'
import { findArticleDates } from '../../src/story/dates/index.js'

// Made-up paragraphs of one article published on Thursday 2025-05-15.
const ref = { localDate: '2025-05-15' }
const read = (paragraphs: string[]) =>
  findArticleDates(paragraphs, ref).map((found) => found.map((d) => `${d.text}=${d.value}`))

describe('a day counted from the day the story has told', () => {
  test('"A day earlier," opening a paragraph counts from the day the paragraphs before told', () => {
    expect(
      read([
        'Farmers blocked the ring road on Tuesday, police said.',
        'Hundreds of tractors stood outside the ministry.',
        'A day earlier, four farmers were detained at the port.',
      ]),
    ).toEqual([['on Tuesday=2025-05-13'], [], ['A day earlier=2025-05-12']])
  })

  test('"The next day" opening a sentence counts from it too; a day before a possessive names an event, not the day told', () => {
    expect(
      read([
        'The minister met the farmers on Monday ahead of next Tuesday’s vote.',
        'The next day, the unions called off the strike.',
      ]),
    ).toEqual([['on Monday=2025-05-12', 'next Tuesday’s=2025-05-20'], ['The next day=2025-05-13']])
  })

  test('inside a sentence, "a day earlier" compares with the time of publication, as before', () => {
    expect(
      read(['The minister met the farmers on Monday.', 'Prices were 3 percent higher than a day earlier.']),
    ).toEqual([['on Monday=2025-05-12'], ['a day earlier=2025-05-14']])
  })

  test('a date in the paragraph itself comes first', () => {
    expect(read(['Talks began on Monday.', 'The strike ended on Wednesday. A day earlier, the unions met.'])).toEqual([
      ['on Monday=2025-05-12'],
      ['on Wednesday=2025-05-14', 'A day earlier=2025-05-13'],
    ])
  })
})
