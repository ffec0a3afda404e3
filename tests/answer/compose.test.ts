import { describe, expect, test } from 'vitest'
import { MAX_QUESTION_LENGTH } from '../../src/answer/compose.js'
import { Engine } from '../../src/engine.js'
import { detectShape } from '../../src/search/parse-question.js'
import { article, dateAt, quote, story } from '../helpers/story.js'

// A small story of our own: two outlets, three speakers, dated statements.
const wire = article('wire', [
  'Foreign Minister Leila Haddad said on Friday that the ceasefire talks in Geneva were "constructive".',
  '"We will not give up our water rights," Haddad said, adding that a deal was still possible.',
  'General Omar Baptiste warned that troops would stay at the border until spring.',
  'Officials said 212 people were injured in the clashes last month.',
  'The first round of talks collapsed in 2024 after a dispute over maps.',
])
const daily = article(
  'daily',
  [
    'Haddad told reporters she would "not give up our water rights" in any deal.',
    'Markets in the capital were calm on Saturday.',
  ],
  { localDate: '2026-02-08' },
)
const s = story(
  [wire, daily],
  [
    quote(wire, 1, 'constructive', 'Leila Haddad', { said: '2026-02-06' }),
    quote(wire, 2, 'We will not give up our water rights', 'Leila Haddad'),
    quote(wire, 3, 'troops would stay at the border until spring', 'Omar Baptiste', { kind: 'indirect' }),
    quote(daily, 1, 'not give up our water rights', 'Leila Haddad'),
  ],
  [
    dateAt(wire, 1, 'on Friday', '2026-02-06'),
    dateAt(wire, 4, 'last month', '2026-01'),
    dateAt(wire, 5, 'in 2024', '2024'),
    dateAt(daily, 2, 'on Saturday', '2026-02-07'),
  ],
  [
    { name: 'Leila Haddad', role: 'foreign minister', aliases: ['Haddad'] },
    { name: 'Omar Baptiste', role: 'general', aliases: ['Baptiste'] },
  ],
)
const engine = new Engine(s)

describe('question shapes', () => {
  test.each([
    ['Who said the talks were constructive?', 'who-said'],
    ['Who is Omar Baptiste?', 'who-is'],
    ['What did Haddad say about water?', 'what-said'],
    ['When did the first round collapse?', 'when'],
    ['On what date were the embassies bombed?', 'when'],
    ['In which year did the talks collapse?', 'when'],
    ['Where were the talks held?', 'where'],
    ['How many people were injured?', 'how-many'],
    ['Did the talks collapse?', 'yes-no'],
    ['Talks in Geneva', 'other'],
  ])('%s → %s', (question, shape) => expect(detectShape(question)).toBe(shape))
})

describe('answers', () => {
  test('who said: the speaker of the matching quote, verbatim sentence, stated date', () => {
    const a = engine.ask('Who said the talks were constructive?')
    expect(a.answer).toMatchObject({
      text: 'Foreign Minister Leila Haddad said on Friday that the ceasefire talks in Geneva were "constructive".',
      speaker: 'Leila Haddad',
      date: '2026-02-06',
      dateBasis: 'stated',
    })
    expect(a.citations[0]).toMatchObject({ article: 'wire', paragraph: 1, source: 'Outlet wire' })
  })

  test('the speaker named in the question filters: only their statements answer', () => {
    const a = engine.ask('What did Baptiste say about the border?')
    expect(a.answer?.speaker).toBe('Omar Baptiste')
    expect(a.citations.map((c) => c.paragraph)).toEqual([3])
  })

  test('a typo in the speaker name still filters', () => {
    expect(engine.ask('What did Hadad say about water rights?').answer?.speaker).toBe('Leila Haddad')
  })

  test('the same statement reported by two outlets: both cited', () => {
    const a = engine.ask('What did Haddad say about water rights?')
    expect(
      a.citations
        .slice(0, 2)
        .map((c) => c.article)
        .sort(),
    ).toEqual(['daily', 'wire'])
    // neither report says when: the date of the first citation's publication stands in
    expect(a.answer?.dateBasis).toBe('published')
    expect(a.answer?.date).toBe(a.citations[0]?.published)
  })

  test('when: the resolved date of the event asked about', () => {
    const a = engine.ask('When did the first round of talks collapse?')
    expect(a.answer).toMatchObject({ date: '2024', dateBasis: 'stated' })
    expect(a.citations[0]?.paragraph).toBe(5)
  })

  test('how many: the sentence with the number', () => {
    const a = engine.ask('How many people were injured?')
    expect(a.answer?.text).toBe('Officials said 212 people were injured in the clashes last month.')
    expect(a.answer?.speaker).toBeNull()
  })

  test('the answer text is verbatim from the first citation', () => {
    for (const q of ['Who is Omar Baptiste?', 'Where were the ceasefire talks?', 'What did Haddad say?']) {
      const a = engine.ask(q)
      expect(a.answer, q).not.toBeNull()
      expect(a.citations[0]?.text, q).toContain(a.answer?.text)
    }
  })

  test('citations are at most three, each a whole paragraph with its source', () => {
    const a = engine.ask('talks')
    expect(a.citations.length).toBeLessThanOrEqual(3)
    for (const c of a.citations)
      expect(c.text).toBe(s.articles.find((x) => x.id === c.article)?.paragraphs[c.paragraph - 1]?.text)
  })
})

describe('no answer', () => {
  test.each([
    'What is the weather in London?',
    'Who won the football match?',
    'What is the price of bitcoin?',
    'What did Angela Merkel say about water?',
  ])('%s → null, no citations, suggestions', (question) => {
    const a = engine.ask(question)
    expect(a.answer).toBeNull()
    expect(a.citations).toEqual([])
    expect(a.suggestions?.length).toBeGreaterThan(0)
  })

  test('suggestions name what the coverage can answer', () => {
    expect(engine.ask('Who won the football match?').suggestions).toContain('What did Leila Haddad say?')
  })

  test('an empty question is refused', () => {
    expect(engine.ask('   ')).toMatchObject({ answer: null, citations: [], refused: expect.stringMatching(/empty/) })
  })

  test('a question over the limit is refused with the reason', () => {
    const a = engine.ask(`Who said ${'water '.repeat(MAX_QUESTION_LENGTH / 5)}?`)
    expect(a.answer).toBeNull()
    expect(a.refused).toMatch(/4,000/)
  })

  test('a long question within the limit is answered', () => {
    const filler = 'I am asking for a story due tonight, please. '.repeat(80)
    const a = engine.ask(`${filler} What did Baptiste say about troops at the border?`.slice(-MAX_QUESTION_LENGTH))
    expect(a.answer?.speaker).toBe('Omar Baptiste')
  })
})

describe('a speaker named by a word in lower case', () => {
  const briefing = article('briefing', [
    'Ned Price, the State Department spokesman, said the offer was "serious".',
    'The oil price rose after the talks in Muscat ended without a deal.',
    'Leila Haddad said the talks would resume.',
  ])
  const e = new Engine(
    story(
      [briefing],
      [
        quote(briefing, 1, 'serious', 'Ned Price', { role: 'State Department spokesman' }),
        quote(briefing, 3, 'the talks would resume', 'Leila Haddad', { kind: 'indirect' }),
      ],
      [],
      [
        { name: 'Leila Haddad', role: null, aliases: ['Haddad'] },
        { name: 'Ned Price', role: 'State Department spokesman', aliases: ['Price'] },
      ],
    ),
  )

  test('a word the story also uses as a common word is not taken for the person', () => {
    const a = e.ask('When did the oil price rise after the talks?')
    expect(a.citations[0]?.paragraph).toBe(2)
    expect(a.answer?.speaker).toBeNull()
  })

  test('the same word capitalised names the person, and a lower-case name still does', () => {
    expect(e.ask('What did Price say about the offer?').answer?.speaker).toBe('Ned Price')
    expect(e.ask('what did haddad say?').answer?.speaker).toBe('Leila Haddad')
  })
})

describe('when: the date that goes with the event asked about', () => {
  const report = article('report', [
    'The minister struck a defiant tone on Saturday about the talks. The talks, held in Oman on Friday, were the first in a year.',
  ])
  const e = new Engine(
    story(
      [report],
      [],
      [dateAt(report, 1, 'on Saturday', '2026-02-07'), dateAt(report, 1, 'on Friday', '2026-02-06')],
      [],
    ),
  )

  test('"take place" is no word to search; the sentence whose date goes with the event\'s words answers', () => {
    const a = e.ask('When did the talks take place?')
    expect(a.answer?.text).toBe('The talks, held in Oman on Friday, were the first in a year.')
    expect(a.answer?.date).toBe('2026-02-06')
  })
})

describe('yes/no questions about a person', () => {
  const report = article('report', [
    'Okafor and the envoy were in Oman on Friday for the meeting. She said she met the envoy for an hour.',
  ])
  const e = new Engine(
    story(
      [report],
      [quote(report, 1, 'she met the envoy for an hour', 'Anna Okafor', { kind: 'indirect' })],
      [],
      [{ name: 'Anna Okafor', role: null, aliases: ['Okafor'] }],
    ),
  )

  test('what is asked is the verb after the named subject: a passage without it does not answer', () => {
    expect(e.ask('Did Okafor resign after the meeting in Oman?').answer).toBeNull()
    expect(e.ask('Did Okafor meet the envoy in Oman?').answer).not.toBeNull()
  })

  test('the answering sentence is the statement of the person asked about, not the first one matching', () => {
    const a = e.ask('Did Okafor meet the envoy in Oman?')
    expect(a.answer?.text).toBe('She said she met the envoy for an hour.')
    expect(a.answer?.speaker).toBe('Anna Okafor')
  })
})

describe('how many', () => {
  const report = article('report', [
    'The attacks on the airport and the subway in Brussels shocked Europe.',
    'The attacks in Paris in November killed 130 people.',
  ])
  const e = new Engine(story([report], [], [], []))

  test('a sentence without a number does not answer', () => {
    const a = e.ask('How many people were killed in the Brussels airport attack?')
    expect(a.citations.map((c) => c.paragraph)).not.toContain(1)
  })
})
