import { describe, expect, test } from 'vitest'
import { goesWith } from '../../src/answer/rank.js'
import { Engine } from '../../src/engine.js'
import { article, dateAt, quote, story } from '../helpers/story.js'

// Made-up wire stories, published on Wednesday 2026-02-04.
const published = { localDate: '2026-02-04' }

describe('"when" about a plan or a deadline', () => {
  const trip = article(
    'trip',
    [
      'The health minister on Monday led a team of surgeons to the port city to help the flood victims.',
      'The team planned to leave the port city on Thursday for the capital.',
    ],
    published,
  )
  const order = article(
    'order',
    ['The agency ruled on Tuesday that the ferry must be returned to its owner by Feb. 20, a spokesman said.'],
    published,
  )
  const e = new Engine(
    story(
      [trip, order],
      [],
      [
        dateAt(trip, 1, 'on Monday', '2026-02-02'),
        dateAt(trip, 2, 'on Thursday', '2026-02-05'),
        dateAt(order, 1, 'on Tuesday', '2026-02-03'),
        dateAt(order, 1, 'by Feb. 20', '2026-02-20'),
      ],
    ),
  )

  test('"When was X due to …" asks about a plan, which may lie after the article', () => {
    const a = e.ask('When was the surgeons team due to leave the port city?')
    expect(a.answer?.date).toBe('2026-02-05')
    expect(a.citations[0]?.paragraph).toBe(2)
  })

  test('"By what date did … order …" asks for the deadline, not the day of the order', () => {
    expect(e.ask('By what date did the agency order the ferry returned to its owner?').answer?.date).toBe('2026-02-20')
  })

  test('a plain past question still keeps to the past', () => {
    expect(e.ask('When did the health minister lead the team to the port city?').answer?.date).toBe('2026-02-02')
  })
})

describe('"when" answered by the sentence that dates the event asked about', () => {
  const floods = article(
    'floods',
    [
      'The harbour board chided the mayor on Jan. 30 for staying on holiday instead of making a visit to the flooded harbour district.',
      'The governor visited the district Feb. 2. By comparison, the governor’s deputy had said he would visit the flooded harbour district at some later time.',
      'On Tuesday, the harbour board rejected the budget of the governor and the mayor by nine votes to two. A vote of confidence follows later Wednesday.',
    ],
    published,
  )
  const e = new Engine(
    story(
      [floods],
      [],
      [
        dateAt(floods, 1, 'on Jan. 30', '2026-01-30'),
        dateAt(floods, 2, 'Feb. 2', '2026-02-02'),
        dateAt(floods, 3, 'On Tuesday', '2026-02-03'),
        dateAt(floods, 3, 'later Wednesday', '2026-02-04'),
      ],
    ),
  )

  test('the sentence with the verb and its date, though another sentence covers more of the question', () => {
    const a = e.ask('When did the governor visit the flooded harbour district?')
    expect(a.answer?.text).toBe('The governor visited the district Feb. 2.')
    expect(a.answer?.date).toBe('2026-02-02')
    expect(a.citations[0]?.paragraph).toBe(2)
  })

  test('not a sentence that dates another event by one word of the question ("a vote of confidence follows later Wednesday")', () => {
    const a = e.ask('When did the harbour board vote down the budget of the governor and the mayor?')
    expect(a.citations[0]?.paragraph).toBe(3)
    expect(a.answer?.date).toBe('2026-02-03')
  })
})

describe('"when" asking when something was said', () => {
  const ferry = article(
    'ferry',
    [
      'The shipping agency said on Monday that its ferry had sunk off the cape on Jan. 28.',
      'The union said on Jan. 22 that the talks with the agency broke down on Jan. 20.',
    ],
    published,
  )
  const e = new Engine(
    story(
      [ferry],
      [],
      [
        dateAt(ferry, 1, 'on Monday', '2026-02-02'),
        dateAt(ferry, 1, 'on Jan. 28', '2026-01-28'),
        dateAt(ferry, 2, 'on Jan. 22', '2026-01-22'),
        dateAt(ferry, 2, 'on Jan. 20', '2026-01-20'),
      ],
    ),
  )

  test('a verb of saying asks for the date of the statement, not of what it reports', () => {
    expect(e.ask('When did the shipping agency disclose that its ferry had sunk?').answer?.date).toBe('2026-02-02')
    expect(e.ask('When did the ferry of the shipping agency sink off the cape?').answer?.date).toBe('2026-01-28')
  })

  test('a noun that is also a verb of saying ("talks") is no statement asked', () => {
    expect(e.ask('When did the agency talks break down?').answer?.date).toBe('2026-01-20')
  })
})

test('"when did X write …": a statement that dates nothing asked yields to the paragraph that dates the writing', () => {
  const council = article(
    'council',
    [
      'Mayor Joan Kerr told reporters on Monday that the inquiry was independent.',
      'Kerr wrote the letter to the harbour council on Feb. 2, asking for the ferry records.',
    ],
    published,
  )
  const e = new Engine(
    story(
      [council],
      [quote(council, 1, 'the inquiry was independent', 'Joan Kerr', { kind: 'indirect' })],
      [dateAt(council, 1, 'on Monday', '2026-02-02'), dateAt(council, 2, 'on Feb. 2', '2026-02-02')],
    ),
  )
  const a = e.ask('When did the mayor write her letter to the harbour council?')
  expect(a.citations[0]?.paragraph).toBe(2)
})

test('a weekday between the subject and its verb dates the verb, as wire news writes it ("Saturday strongly condemned")', () => {
  const text = 'The port authority Saturday strongly condemned the strikes, and on Sunday spoke about the talks.'
  const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length })
  expect(goesWith(text, at('Saturday'), at('condemned'))).toBe(true)
  expect(goesWith(text, at('Sunday'), at('talks'))).toBe(false)
  expect(goesWith(text, at('Saturday'), at('strikes'))).toBe(false)
})

describe('"when" about an event the question names', () => {
  const town = article(
    'town',
    [
      'Dr. Ana Mora, who was killed at her clinic, was a respected surgeon in Eastport.',
      'Her clinic stayed closed.',
      'Police said Dr. Ben Ruiz was killed in the county last year.',
      'Brook Ltd. named Lena Park chief executive of its Eastport bank.',
      'The appointment takes effect Feb. 16. She succeeds Tom Vale, who stepped down in March.',
      'Mayor Joan Kerr will meet the harbour board later this month, officials said Wednesday.',
      'The officials said the mayor’s Feb. 26 meeting with the board was set last week.',
    ],
    published,
  )
  const e = new Engine(
    story(
      [town],
      [],
      [
        dateAt(town, 3, 'last year', '2025'),
        dateAt(town, 5, 'Feb. 16', '2026-02-16'),
        dateAt(town, 5, 'in March', '2025-03'),
        dateAt(town, 6, 'later this month', '2026-02'),
        dateAt(town, 6, 'Wednesday', '2026-02-04'),
        dateAt(town, 7, 'Feb. 26', '2026-02-26'),
        dateAt(town, 7, 'last week', '2026-W05'),
      ],
    ),
  )

  test('a paragraph dating another killing, without the name asked about, is not the answer', () => {
    const a = e.ask('When was Dr. Mora killed?')
    expect(a.answer?.date).not.toBe('2025')
    expect(a.citations[0]?.paragraph).toBe(1)
  })

  test('a paragraph that names the event but dates nothing is answered by the next one, which dates it', () => {
    const a = e.ask('When does Lena Park take over as chief executive of the Eastport bank?')
    expect(a.answer?.text).toBe('The appointment takes effect Feb. 16.')
    expect(a.answer?.date).toBe('2026-02-16')
  })

  test('a month made a day by the next paragraph, which gives the day with the question’s words', () => {
    const a = e.ask('What date is Mayor Kerr’s meeting with the harbour board set for?')
    expect(a.answer?.date).toBe('2026-02-26')
    expect(a.citations[0]?.paragraph).toBe(7)
  })
})
