import { describe, expect, test } from 'vitest'
import { extractQuotes } from '../../src/story/quotes/index.js'
import { article } from '../fixtures/quotes/article.js'

const quotesOf = (...paragraphs: string[]) => extractQuotes(article(paragraphs), [])
const brief = (...paragraphs: string[]) =>
  quotesOf(...paragraphs).map((q) => ({ text: q.text, kind: q.kind, speaker: q.speaker }))

describe('direct quotations', () => {
  test.each([
    ['straight marks, attribution after', '"We will win," Jane Doe said.', 'We will win', 'Jane Doe'],
    ['curly marks, attribution after', '“We will win,” Jane Doe said.', 'We will win', 'Jane Doe'],
    ['inverted attribution', '“We will win,” said Jane Doe.', 'We will win', 'Jane Doe'],
    ['attribution before, colon', 'Jane Doe said: “We will win.”', 'We will win.', 'Jane Doe'],
    ['two apostrophes as marks', "''We will win,'' Jane Doe said.", 'We will win', 'Jane Doe'],
    ['odd closing mark', 'The match was “a good start“, Jane Doe said.', 'The match was “a good start“', 'Jane Doe'],
    ['question', '“Where do you draw the line?” Jane Doe asked.', 'Where do you draw the line?', 'Jane Doe'],
    [
      'multi-sentence quotation',
      '“We are ready. The rest will follow,” Jane Doe said.',
      'We are ready. The rest will follow',
      'Jane Doe',
    ],
    [
      'attribution after adjuncts',
      'Jane Doe joked in her turn to answer, “It was a twinkle in an eye.”',
      'It was a twinkle in an eye.',
      'Jane Doe',
    ],
  ])('%s', (_name, paragraph, text, speaker) => {
    expect(brief(paragraph)).toEqual([{ text, kind: 'direct', speaker }])
  })

  test('a quotation split around its attribution gives both halves to the speaker', () => {
    expect(brief('“We are ready,” Jane Doe said. “The rest will follow.”')).toEqual([
      { text: 'We are ready', kind: 'direct', speaker: 'Jane Doe' },
      { text: 'The rest will follow.', kind: 'direct', speaker: 'Jane Doe' },
    ])
  })

  test('"..., X said, adding, “...”" gives both statements to X', () => {
    expect(brief('Enrichment is a “right”, Jane Doe said, adding, “We are ready to talk.”')).toEqual([
      { text: 'Enrichment is a “right”', kind: 'direct', speaker: 'Jane Doe' },
      { text: 'We are ready to talk.', kind: 'direct', speaker: 'Jane Doe' },
    ])
  })

  test('a quotation that runs on into the next paragraph keeps its speaker', () => {
    const quotes = brief('Jane Doe said: “We are ready to talk.', '“The rest will follow soon.”')
    expect(quotes).toEqual([
      { text: 'We are ready to talk.', kind: 'direct', speaker: 'Jane Doe' },
      { text: 'The rest will follow soon.', kind: 'direct', speaker: 'Jane Doe' },
    ])
  })

  test('a quotation broken across paragraphs takes the speaker named where it closes', () => {
    expect(
      brief(
        '“Who may be included is at the discretion of the decision-maker',
        'based on the advice of doctors,” said Trevor Nicholson.',
      ),
    ).toEqual([
      {
        text: 'Who may be included is at the discretion of the decision-maker',
        kind: 'direct',
        speaker: 'Trevor Nicholson',
      },
      { text: 'based on the advice of doctors', kind: 'direct', speaker: 'Trevor Nicholson' },
    ])
  })

  test('offsets point at the quoted words in the paragraph', () => {
    const paragraph = '“We will win,” Jane Doe said.'
    const [q] = quotesOf(paragraph)
    expect(q && paragraph.slice(q.start, q.end)).toBe('We will win')
  })
})

describe('partial quotations', () => {
  test.each([
    ['praised ... as', 'Donald Trump praised the talks as “very good” on Friday.', 'very good', 'Donald Trump'],
    ['described ... as', 'Jane Doe described the mood as “very positive”.', 'very positive', 'Jane Doe'],
    [
      'participle at the start takes the main subject',
      'Despite calling the talks “very good” on Friday, Donald Trump signed an order.',
      'very good',
      'Donald Trump',
    ],
  ])('%s', (_name, paragraph, text, speaker) => {
    expect(brief(paragraph)).toEqual([{ text, kind: 'direct', speaker }])
  })

  test('a reported clause holding quoted words keeps the words and their marks', () => {
    expect(brief('Jane Doe told reporters on Saturday that the plan was “never negotiable” in the talks.')).toEqual([
      { text: 'the plan was “never negotiable” in the talks', kind: 'direct', speaker: 'Jane Doe' },
    ])
  })
})

describe('reported speech', () => {
  test.each([
    ['said that', 'Jane Doe said that the talks would resume soon.', 'the talks would resume soon'],
    ['said without that', 'Jane Doe said the talks would resume soon.', 'the talks would resume soon'],
    ['told someone', 'Jane Doe told the jury she did not remember the night.', 'she did not remember the night'],
    ['told someone that', 'Jane Doe told Al Jazeera on Saturday that the talks failed.', 'the talks failed'],
    ['warned', 'Jane Doe warned the country would retaliate.', 'the country would retaliate'],
    ['trailing attribution', 'The talks would resume soon, Jane Doe said.', 'The talks would resume soon'],
    ['trailing inverted', 'The talks would resume soon, said Jane Doe.', 'The talks would resume soon'],
    ['subordinate clause', 'Jane Doe said while many agreed, few acted.', 'while many agreed, few acted'],
  ])('%s', (_name, paragraph, text) => {
    expect(brief(paragraph)).toEqual([{ text, kind: 'indirect', speaker: 'Jane Doe' }])
  })

  test('"according to X" before and after the statement', () => {
    expect(brief('Trade rose by a quarter in 2024, according to World Trade Organization data.')).toEqual([
      { text: 'Trade rose by a quarter in 2024', kind: 'indirect', speaker: 'World Trade Organization' },
    ])
    expect(brief('According to the city, the number of shelters doubled.')).toEqual([
      { text: 'the number of shelters doubled', kind: 'indirect', speaker: 'the city' },
    ])
  })

  test('a coordinated verb splits the statements: "told ... that A, and warned B"', () => {
    expect(brief('Jane Doe told reporters that the plan failed, and warned the city would suffer.')).toEqual([
      { text: 'the plan failed', kind: 'indirect', speaker: 'Jane Doe' },
      { text: 'the city would suffer', kind: 'indirect', speaker: 'Jane Doe' },
    ])
  })

  test('the reported clause stops at a contrast the reporter adds', () => {
    expect(brief('Jane Doe says talks will resume, while John Roe pledged another round.')).toEqual([
      { text: 'talks will resume', kind: 'indirect', speaker: 'Jane Doe' },
    ])
  })

  test('a passive or negated verb is not an attribution', () => {
    expect(brief('Jane Doe was told the talks had failed.')).toEqual([])
    expect(brief('Jane Doe declined to say whether the talks had failed.')).toEqual([])
  })
})

describe('what is not a statement', () => {
  test.each([
    ['a headline with quotation marks', '“Non-negotiable” missiles and the talks'],
    ['a quoted title', 'She read the book “The Art of the Deal” on the plane.'],
    ['a scare-quoted word', 'The so-called “experts” were absent from the meeting.'],
    ['a title in Title Case', 'The band played “Hotel California Again” twice that night.'],
    ['a link to another story', 'READ MORE: Minister says “talks will resume next week”'],
    ['a term nobody is said to use', 'The debt was “previously approved” by the council.'],
  ])('%s', (_name, paragraph) => {
    expect(brief(paragraph)).toEqual([])
  })
})
