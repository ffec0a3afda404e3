import { describe, expect, test } from 'vitest'
import { Engine } from '../../src/engine.js'
import { withoutDates } from '../../src/story/dates/blank.js'
import { article, dateAt, quote, story } from '../helpers/story.js'

// Made-up wire stories, published on Saturday 1998-08-08: acts reported with the date between subject and verb, by a
// person or by a country (quoted as a speaker elsewhere) through its government.
const published = { localDate: '1998-08-08' }
const lighthouse = article(
  'lighthouse',
  [
    'Crowds gathered in front of the old harbour lighthouse, which Governor Ilse Marrow on Friday declared a protected landmark of the coast.',
    'Visitors came from the whole region.',
  ],
  published,
)
const ferry = article(
  'ferry',
  [
    'The Norwegian government Friday condemned the sinking of the fishing ferry near the northern islands.',
    'A Norwegian shipping company on Thursday criticized the new harbour fees at the southern port.',
    'Norway said it would send two navy divers to the islands.',
  ],
  published,
)
const engine = new Engine(
  story(
    [lighthouse, ferry],
    [quote(ferry, 3, 'it would send two navy divers to the islands', 'Norway', { kind: 'indirect' })],
    [
      dateAt(lighthouse, 1, 'on Friday', '1998-08-07'),
      dateAt(ferry, 1, 'Friday', '1998-08-07'),
      dateAt(ferry, 2, 'on Thursday', '1998-08-06'),
    ],
  ),
)

describe('"when did X <act>": a date between subject and verb separates nothing', () => {
  test('in a relative clause, "which X on Friday declared", X acts and the date is the act’s', () => {
    const a = engine.ask('When did Marrow declare the harbour lighthouse a protected landmark?')
    expect(a.answer?.text).toMatch(/which Governor Ilse Marrow on Friday declared/)
    expect(a.answer?.date).toBe('1998-08-07')
  })

  test('a country acts through its government, in wire order ("The Norwegian government Friday condemned")', () => {
    const a = engine.ask('When did Norway condemn the sinking of the fishing ferry?')
    expect(a.answer?.text).toMatch(/^The Norwegian government Friday condemned/)
    expect(a.answer?.date).toBe('1998-08-07')
  })

  test('a company of the country is not the country', () => {
    const a = engine.ask('When did Norway criticize the harbour fees at the southern port?')
    expect(a.answer?.text ?? '').not.toMatch(/shipping company/)
  })

  test('blanking the dates keeps every offset', () => {
    const text = 'The government Friday condemned it.'
    expect(withoutDates(text, [{ start: 15, end: 21 }])).toBe('The government        condemned it.')
  })
})

test('"when did X condemn the attacks" asks for the date of the act, not of the attacks it is about', () => {
  const wire = article(
    'wire',
    [
      'The Danish government Saturday strongly condemned two terrorist bomb attacks on ferries in Jutland Friday, calling them a crime.',
      'Denmark said it would send investigators.',
    ],
    { localDate: '1998-08-08' },
  )
  const e = new Engine(
    story(
      [wire],
      [quote(wire, 2, 'it would send investigators', 'Denmark', { kind: 'indirect' })],
      [dateAt(wire, 1, 'Saturday', '1998-08-08'), dateAt(wire, 1, 'Friday', '1998-08-07')],
    ),
  )
  const a = e.ask('When did Denmark condemn the terrorist bomb attacks on ferries?')
  expect(a.answer?.text).toMatch(/^The Danish government Saturday strongly condemned/)
  expect(a.answer?.date).toBe('1998-08-08')
})
