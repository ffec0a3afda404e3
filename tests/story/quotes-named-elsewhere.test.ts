import { describe, expect, test } from 'vitest'
import { extractQuotes } from '../../src/story/quotes/index.js'
import { kinPossessor } from '../../src/story/quotes/kin-names.js'
import { article } from '../fixtures/quotes/article.js'

/** Speakers the article names away from the verb: quoted titles, relatives, descriptions named next. */
const speakersOf = (...paragraphs: string[]) =>
  extractQuotes(article(paragraphs), []).map((q) => [q.text, q.speaker] as const)

describe('a quoted title after its owner', () => {
  test('an apposition holding a show’s title still leads to the verb', () => {
    expect(
      speakersOf(
        'Joe Smith, host of NBC’s “Evening Talk,” suggested the mayor’s refusal to resign could cost him the race.',
      ),
    ).toEqual([['the mayor’s refusal to resign could cost him the race', 'Joe Smith']])
  })

  test('straight marks and a title of several words', () => {
    expect(speakersOf('Ann Lee, a guest on CBS\'s "Face the Nation," said the deal would hold.')).toEqual([
      ['the deal would hold', 'Ann Lee'],
    ])
  })

  test('a short quotation after a possessive that is a phrase, not a title, stays a quotation', () => {
    expect(speakersOf('Trump called it Clinton’s “total disaster,” he said.').map(([t]) => t)).toContain(
      'total disaster',
    )
  })
})

describe('a relative named by the given name alone', () => {
  test('"his wife, Jane" takes the surname of the man "his" means', () => {
    expect(
      speakersOf(
        'Bill Smith said the plan would fail. But his wife, Jane, offered a preview.',
        '“He will keep going,” she said.',
      ),
    ).toEqual([
      ['the plan would fail', 'Bill Smith'],
      ['He will keep going', 'Jane Smith'],
    ])
  })

  test('a possessive surname before the family noun', () => {
    expect(speakersOf('Smith’s wife, Jane, said he will keep going.')).toEqual([['he will keep going', 'Jane Smith']])
  })

  test('a relative the article names with another surname keeps it', () => {
    const got = speakersOf(
      'Tom Weiler said the plan would fail. But his wife, Huma, offered a preview.',
      '“He will keep going,” she said. Huma Abedin works for the campaign.',
    )
    expect(got[1]?.[1]).not.toBe('Huma Weiler')
  })

  test('someone of the same given name introduced before is another person', () => {
    const got = speakersOf(
      'Police Chief Joseph Boinnet said the toll rose.',
      'Roe’s father, Joseph, says his son grew up in Houston.',
    )
    expect(got[1]).toEqual(['his son grew up in Houston', 'Joseph Roe'])
  })

  test('the possessor of a family role', () => {
    expect(kinPossessor('his late wife')).toBe('his')
    expect(kinPossessor('Bernie Sanders’s wife')).toBe('Sanders')
    expect(kinPossessor('Sanders’ son')).toBe('Sanders')
    expect(kinPossessor('his campaign manager')).toBeNull()
    expect(kinPossessor('the wife')).toBeNull()
  })
})

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
