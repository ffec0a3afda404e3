import { describe, expect, test } from 'vitest'
import { extractQuotes } from '../../src/story/quotes/index.js'
import { article } from '../fixtures/quotes/article.js'

const speakersOf = (...paragraphs: string[]) =>
  extractQuotes(article(paragraphs), []).map((q) => [q.text, q.speaker] as const)

describe('a speaker introduced by a description and named in the next statement', () => {
  test('"A city spokesman said … said spokesman NAME" is one person', () => {
    expect(
      speakersOf(
        'A city spokesman said Monday that the roads will stay closed. “We are keeping them shut,” said spokesman Ken Baker.',
      ),
    ).toEqual([
      ['the roads will stay closed', 'Ken Baker'],
      ['We are keeping them shut', 'Ken Baker'],
    ])
  })

  test('the name may come in the next paragraph', () => {
    expect(
      speakersOf(
        'A city spokesman said the roads will stay closed.',
        '“We are keeping them shut,” spokesman Ken Baker said.',
      )[0],
    ).toEqual(['the roads will stay closed', 'Ken Baker'])
  })

  test('a title the description does not give is another person', () => {
    expect(
      speakersOf(
        'In May, a district judge said the law violated the Constitution.',
        'Circuit Judge Dan Moss said the early voting period “is really quite generous.”',
      )[0],
    ).toEqual(['the law violated the Constitution', 'a district judge'])
  })

  test('an anonymous official stays anonymous', () => {
    expect(
      speakersOf(
        'An official, speaking on condition of anonymity, said the talks failed. “It is over,” said official Ann Roe.',
      )[0]?.[1],
    ).not.toBe('Ann Roe')
  })

  test('"A new report says …" and "the new study written by NAME" in the next paragraph: the author’s', () => {
    expect(
      speakersOf(
        'A new report says hate groups grew over the past year.',
        'The new study written by Mark Potach warns that such groups grew rapidly last year.',
      ),
    ).toEqual([
      ['hate groups grew over the past year', 'Mark Potach'],
      ['such groups grew rapidly last year', 'Mark Potach'],
    ])
  })

  test('a report issued by someone the article names is theirs, without the time it was issued', () => {
    expect(
      speakersOf(
        'At least 46,000 accounts were used, according to a report released by the Brookings Institution last year.',
      ),
    ).toEqual([['At least 46,000 accounts were used', 'Brookings Institution']])
  })
})
