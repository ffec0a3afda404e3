import { describe, expect, test } from 'vitest'
import { extractQuotes } from '../../src/story/quotes/index.js'
import { article } from '../fixtures/quotes/article.js'

const speakersOf = (...paragraphs: string[]) =>
  extractQuotes(article(paragraphs), []).map((q) => [q.text, q.speaker] as const)

describe('an epithet as the speaker', () => {
  test('stands for the person the statement names inside it, as "he said" would', () => {
    const quotes = speakersOf(
      'The "shady tactics" that Maria Velasquez accused Tom Brandt\'s campaign of using at the convention were not as bad as a cover-up, the candidate said Friday.',
    )
    expect(quotes).toContainEqual([expect.stringContaining('shady tactics'), 'Maria Velasquez'])
    expect(quotes.map(([, s]) => s)).not.toContain('the candidate')
  })

  test('is not the person the statement opens with, its topic', () => {
    const quotes = speakersOf(
      'Harold Finch was named chief executive of the firm in 2001.',
      'Every Monday, the former executive told reporters, Finch would chair a meeting on office leases.',
    )
    const speakers = quotes.map(([, s]) => s)
    expect(speakers).not.toContain('Harold Finch')
    expect(speakers).toContain('the former executive')
  })
})

describe('a singular phrase before a verb in its bare form', () => {
  test('is no speaker ("a far cry")', () => {
    const quotes = speakersOf('That plan is still a far cry from Lindgren offering “dessert” to the voters.')
    expect(quotes.map(([, s]) => s)).not.toContain('a far')
  })

  test('nor is a noun before a verb of saying used as a noun ("a tax charge")', () => {
    const quotes = speakersOf(
      'A filing on Monday shows the mayor will not be prosecuted on a tax fraud charge after prosecutors determined there wasn’t enough evidence to convict him.',
    )
    expect(quotes.map(([, s]) => s)).not.toContain('a tax fraud')
  })

  test('a share of people still says ("a quarter, 26 percent, say")', () => {
    const quotes = speakersOf('Just over a quarter, 26 percent, say they will stay home in November.')
    expect(quotes.length).toBeGreaterThan(0)
  })

  test('a modal takes the bare form ("a spokesman would say")', () => {
    const quotes = speakersOf('A spokesman would say only that the talks were continuing.')
    expect(quotes).toContainEqual([expect.stringContaining('the talks were continuing'), 'a spokesman'])
  })
})

describe('a pronoun after "according to"', () => {
  test('is resolved as "he said" is, never printed as the speaker', () => {
    const quotes = speakersOf(
      'Anneke Vos, who lives in Utrecht, has written about her childhood.',
      'She left the country in 1990 after, according to her, the state newspaper banned her first column.',
    )
    const speakers = quotes.map(([, s]) => s)
    expect(speakers).toContain('Anneke Vos')
    expect(speakers).not.toContain('her')
  })
})

describe('the subject a participle of saying takes', () => {
  test('ends before a verb in an irregular past ("The Ohio governor sought to calm …, saying")', () => {
    const quotes = speakersOf(
      'Ohio Gov. Dana Whitfield held a rally in Dayton on Tuesday.',
      'The Ohio governor sought to calm his supporters, saying the protesters would not be harmed at his events.',
    )
    const speakers = quotes.map(([, s]) => s)
    expect(speakers).toContain('Dana Whitfield')
    expect(speakers.some((s) => s?.includes('sought'))).toBe(false)
  })
})

describe('a name after a possessive organisation', () => {
  test('is the person\'s name, even when it ends like an epithet ("the Kentucky Republican")', () => {
    const quotes = speakersOf('“Bridges just sound good,” said the institute’s Omar Rafiq Duncan.')
    expect(quotes).toContainEqual(['Bridges just sound good', 'Omar Rafiq Duncan'])
  })

  test('while "the Kentucky Republican" stays an epithet', () => {
    const quotes = speakersOf('“Bridges just sound good,” said the Kentucky Republican.')
    expect(quotes.map(([, s]) => s)).not.toContain('Kentucky Republican')
  })
})

describe('a transcript line in quotation marks', () => {
  test("is the labelled person's statement, without the label or the marks", () => {
    const quotes = speakersOf('“Dana Ortiz: We will win this state, and then the next one.”')
    expect(quotes).toEqual([['We will win this state, and then the next one.', 'Dana Ortiz']])
  })
})

describe('a list of people as the speaker', () => {
  test('keeps the names set in commas before the last two ("A, B and C argued")', () => {
    const quotes = speakersOf('Instead, Ortiz, NBC’s Ann Lee and Reuters’ Carl Diaz argued that the plan was naive.')
    expect(quotes).toEqual([['the plan was naive', 'Ortiz, Ann Lee and Carl Diaz']])
  })

  test('but not a day or a place that opens the sentence', () => {
    const onDay = speakersOf('On Tuesday, Ann Lee and Carl Diaz said the plan was naive.')
    const inPlace = speakersOf('In Ohio, Ann Lee and Carl Diaz said the plan was naive.')
    expect(onDay).toEqual([['the plan was naive', 'Ann Lee and Carl Diaz']])
    expect(inPlace).toEqual([['the plan was naive', 'Ann Lee and Carl Diaz']])
  })
})

describe('a name right before the title of another named person', () => {
  test('says whose they are and is not the one "he said" stands for', () => {
    const quotes = speakersOf(
      'Senate Majority Leader Gordon Pike said the chamber would vote on judges soon.',
      'Pike spokesman Mark Archer declined to say when the chamber will vote.',
      '“I don’t have any new announcements yet,” he said.',
    )
    expect(quotes).toContainEqual(['I don’t have any new announcements yet', 'Mark Archer'])
  })
})

describe('a document sent by someone', () => {
  test('speaks for the one who sent it, and the "he" after it is them', () => {
    const quotes = speakersOf(
      'A statement e-mailed to reporters by Victor Lund, who joined the board last month, said “The station will respect the ruling.” Asked about the judge, he replied the station would “say more next week.”',
    )
    expect(quotes.map(([, s]) => s)).toEqual(['Victor Lund', 'Victor Lund'])
  })

  test('a statement posted on a website, with no sender, keeps its description', () => {
    const quotes = speakersOf(
      'Owen Park put the rifle up for sale. A statement posted on the website Gunmart.com said that listings are made by users.',
    )
    expect(quotes.map(([, s]) => s)).not.toContain('Owen Park')
  })
})
