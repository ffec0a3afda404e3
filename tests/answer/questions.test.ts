import { describe, expect, test } from 'vitest'
import { Engine } from '../../src/engine.js'
import { renderAnswerText } from '../../src/render/text.js'
import { article, dateAt, quote, story } from '../helpers/story.js'

// A made-up regional story: a premier, an opposition leader talking about a union head, a caption, a dateline.
const paper = article('paper', [
  'WINNIPEG — Premier Anna Okafor said on Tuesday that the Manitoba budget would add 200 nurses.',
  '“Lee is not qualified to run the health agency,” said Opposition leader Tom Baker.',
  '“We will not back down,” union president Mei Lee said of the hospital strike.',
  'Premier Anna Okafor speaks in Winnipeg on Jan. 5. (Photo: John Roe/Reuters)',
  'The hospital strike, which began on March 3, ended on Friday after staff accepted the offer.',
  '“The deal is fair. It is the best we could do,” Okafor said.',
  'Finance Minister Raj Patel did not attend the meeting.',
  'Foreign Minister Leila Haddad said the border crossing would reopen next month.',
])
const s = story(
  [paper],
  [
    quote(paper, 1, 'the Manitoba budget would add 200 nurses', 'Anna Okafor', { kind: 'indirect', role: 'Premier' }),
    quote(paper, 2, 'Lee is not qualified to run the health agency', 'Tom Baker', { role: 'Opposition leader' }),
    quote(paper, 3, 'We will not back down', 'Mei Lee', { role: 'union president' }),
    quote(paper, 6, 'The deal is fair. It is the best we could do,', 'Anna Okafor'),
    quote(paper, 8, 'the border crossing would reopen next month', 'Leila Haddad', { kind: 'indirect' }),
  ],
  [
    dateAt(paper, 1, 'on Tuesday', '2026-02-03'),
    dateAt(paper, 4, 'on Jan. 5', '2026-01-05'),
    dateAt(paper, 5, 'on March 3', '2025-03-03'),
    dateAt(paper, 5, 'on Friday', '2026-02-06'),
  ],
  [
    { name: 'Anna Okafor', role: 'Premier', aliases: ['Okafor'] },
    { name: 'Tom Baker', role: 'Opposition leader', aliases: ['Baker'] },
    { name: 'Mei Lee', role: 'union president', aliases: ['Lee'] },
    { name: 'Leila Haddad', role: 'Foreign Minister', aliases: ['Haddad'] },
  ],
)
const engine = new Engine(s)
const text = (q: string) => renderAnswerText(engine.ask(q), () => [])

describe('the person asked about, and the person talked about', () => {
  test('"who said" takes the names after it as the topic, and answers with the name first', () => {
    const a = engine.ask("Who said Lee isn't qualified?")
    expect(a.answer?.speaker).toBe('Tom Baker')
    expect(a.citations[0]?.paragraph).toBe(2)
    expect(text("Who said Lee isn't qualified?")).toMatch(/^Q: .*\nA: Tom Baker, Opposition leader: “Lee is not/)
  })

  test('a place in the question is the topic, not a speaker', () => {
    const a = engine.ask('What did Okafor say about Manitoba?')
    expect(a.answer?.speaker).toBe('Anna Okafor')
    expect(a.citations[0]?.paragraph).toBe(1)
  })

  test('a role or a newsroom abbreviation finds the person the coverage gives it', () => {
    expect(engine.ask('What did the premier say about nurses?').answer?.speaker).toBe('Anna Okafor')
    expect(engine.ask('What did the union president say about the strike?').answer?.speaker).toBe('Mei Lee')
    expect(engine.ask('What did the FM say about the border?').answer?.speaker).toBe('Leila Haddad')
  })

  test('a person the coverage mentions but never quotes: no answer from someone else, and it says so', () => {
    const a = engine.ask('What did Raj Patel say about the budget?')
    expect(a.answer).toBeNull()
    expect(a.citations).toEqual([])
    expect(a.unquoted).toBe('Raj Patel')
    expect(text('What did Patel say about the budget?')).toContain('Nobody called "Patel" is quoted in the coverage.')
  })

  test('one edit in a name of four or more letters still finds the person', () => {
    expect(engine.ask('What did Okafr say about the deal?').answer?.speaker).toBe('Anna Okafor')
  })
})

describe('the answer text', () => {
  test('the dateline is left out', () => {
    const a = engine.ask('What did Okafor say about the budget?')
    expect(a.answer?.text).toBe('Premier Anna Okafor said on Tuesday that the Manitoba budget would add 200 nurses.')
  })

  test('a sentence cut out of a quotation is widened so no quotation mark stays open', () => {
    const a = engine.ask('Who said the deal is fair?')
    expect(a.answer?.text).toBe('“The deal is fair. It is the best we could do,” Okafor said.')
    expect(a.answer?.speaker).toBe('Anna Okafor')
  })

  test('a photo caption never answers', () => {
    const a = engine.ask('Where did Premier Anna Okafor speak on Jan. 5?')
    expect(a.citations.map((c) => c.paragraph)).not.toContain(4)
  })
})

describe('when', () => {
  test('the date of the event reported, not of the statement reporting it ("said Thursday")', () => {
    const a1 = article('bridge', ['The mayor said Thursday that the old bridge had closed for good on March 3.'])
    const e = new Engine(
      story(
        [a1],
        [quote(a1, 1, 'the old bridge had closed for good on March 3', 'the mayor', { kind: 'indirect' })],
        [dateAt(a1, 1, 'Thursday', '2026-02-05'), dateAt(a1, 1, 'on March 3', '2025-03-03')],
      ),
    )
    expect(e.ask('When did the old bridge close?').answer?.date).toBe('2025-03-03')
    expect(e.ask('When did the mayor say the bridge had closed?').answer?.date).toBe('2026-02-05')
  })

  test('the date of the event asked about, from the sentence that states it', () => {
    const a = engine.ask('When did the hospital strike end?')
    expect(a.citations[0]?.paragraph).toBe(5)
    expect(a.answer?.date).toBe('2026-02-06')
    expect(a.answer?.dateBasis).toBe('stated')
  })
})

describe('roles resolved through how the coverage introduces people', () => {
  const court = article(
    'court',
    [
      'NAIROBI, Kenya — A High Court judge ordered the station to hand over its member list on Friday.',
      'Justice Ruth Wanjiru said the station had been "playing games" with its members.',
      '"This has degenerated into an acrimonious fight," she wrote in her decision.',
      'President Uhuru Mwangi said the ruling would be respected.',
    ],
    { title: 'Kenyan court orders station to share member list' },
  )
  const school = article('school', [
    'Marie Dubois, the president of the parent council, said the ruling on repairs was late.',
  ])
  const s2 = story(
    [court, school],
    [
      quote(court, 1, 'the station to hand over its member list', 'a High Court judge', { kind: 'indirect' }),
      quote(court, 2, 'playing games', 'Ruth Wanjiru'),
      quote(court, 3, 'This has degenerated into an acrimonious fight,', 'Ruth Wanjiru'),
      quote(court, 4, 'the ruling would be respected', 'Uhuru Mwangi', { kind: 'indirect' }),
      quote(school, 1, 'the ruling on repairs was late', 'Marie Dubois', { kind: 'indirect' }),
    ],
    [],
    [
      { name: 'a High Court judge', role: null, aliases: [] },
      { name: 'Ruth Wanjiru', role: 'Justice', aliases: ['Wanjiru'] },
      { name: 'Uhuru Mwangi', role: 'President', aliases: ['Mwangi'] },
      { name: 'Marie Dubois', role: 'president of the parent council', aliases: ['Dubois'] },
    ],
  )
  const e2 = new Engine(s2)

  test('"which judge": the named justice, found through a synonym and a paraphrase, rather than the unnamed judge', () => {
    const a = e2.ask('Which judge said the fight had turned bitter?')
    expect(a.answer?.speaker).toBe('Ruth Wanjiru')
    expect(a.citations[0]?.paragraph).toBe(3)
  })

  test('"Kenya\'s president": the president quoted in a story from Kenya', () => {
    expect(e2.ask("What did Kenya's president say about the ruling?").answer?.speaker).toBe('Uhuru Mwangi')
  })
})

test('a statement asked for, in a sentence the quote analysis left unmarked, is that of the one person speaking there', () => {
  const a1 = article('club', [
    'Gym owner Sam Ortiz said the program was full. "We never expected this many members to sign up so fast."',
  ])
  const e = new Engine(story([a1], [quote(a1, 1, 'the program was full', 'Sam Ortiz', { kind: 'indirect' })]))
  const a = e.ask('Who said they never expected this many members to sign up?')
  expect(a.answer?.text).toBe('"We never expected this many members to sign up so fast."')
  expect(a.answer?.speaker).toBe('Sam Ortiz')
})

test('a role asked about after the coverage changed finds the person the new article introduces', () => {
  const first = article('first', ['Mayor Joan Kerr said the bridge would reopen in May.'])
  const e = new Engine(
    story([first], [quote(first, 1, 'the bridge would reopen in May', 'Joan Kerr', { kind: 'indirect' })]),
  )
  expect(e.ask('What did the mayor say about the bridge?').answer?.speaker).toBe('Joan Kerr')
  expect(e.ask('What did the fire chief say about the bridge?').answer?.speaker).not.toBe('Ravi Mehta')
  e.applyArticle(
    article('second', ['Fire chief Ravi Mehta said the bridge was safe.', 'Kerr did not comment on the chief.']),
  )
  const later = e.ask('What did the fire chief say about the bridge?')
  expect(later.answer?.speaker).toBe('Ravi Mehta')
  expect(e.ask('What did the mayor say about the bridge?').answer?.speaker).toBe('Joan Kerr')
})

test('a quoted person whose name is also a place is the person; a demonym is never a name', () => {
  const a1 = article('town', [
    'Senator Ann Houston said the dam would be rebuilt by spring.',
    'A Canadian engineer, Paul Roy, said the dam had cracked in two places.',
    'Houston, the Texas city, was not affected.',
  ])
  const e = new Engine(
    story(
      [a1],
      [
        quote(a1, 1, 'the dam would be rebuilt by spring', 'Ann Houston', { kind: 'indirect' }),
        quote(a1, 2, 'the dam had cracked in two places', 'Canadian engineer Paul Roy', { kind: 'indirect' }),
      ],
    ),
  )
  expect(e.ask('What did Houston say about the dam?').answer?.speaker).toBe('Ann Houston')
  const a = e.ask('What did the Canadian say about the dam?')
  expect(a.unquoted).toBeUndefined()
  expect(a.answer?.speaker).toBe('Canadian engineer Paul Roy')
})

test('"the Foreign Minister" is a title, not the name of whoever has "Minister" in theirs', () => {
  const a1 = article('cabinet', [
    'Finance Minister Raj Patel said the budget would balance.',
    'Foreign Minister Leila Haddad said the border would reopen.',
  ])
  const e = new Engine(
    story(
      [a1],
      [
        quote(a1, 1, 'the budget would balance', 'Finance Minister Raj Patel', { kind: 'indirect' }),
        quote(a1, 2, 'the border would reopen', 'Leila Haddad', { kind: 'indirect', role: 'Foreign Minister' }),
      ],
    ),
  )
  expect(e.ask('What did the Foreign Minister say about the border?').answer?.speaker).toBe('Leila Haddad')
  expect(e.ask('What did Patel say about the budget?').answer?.speaker).toBe('Finance Minister Raj Patel')
})

test('a passage that never names what the question asks for ("won", "the weather forecast") does not answer it', () => {
  const paragraphs = [
    'Voters in Ohio went to the polls on Tuesday in the Democratic primary, with turnout high in Cleveland.',
    'The convention in Cleveland opens on July 18, and delegates said the security plan was ready.',
  ]
  const e = new Engine(story([article('race', paragraphs)], []))
  expect(e.ask('Who won the Ohio Democratic primary?').answer).toBeNull()
  expect(e.ask("What's the weather forecast for the convention in Cleveland?").answer).toBeNull()
  const later = new Engine(story([article('race', [...paragraphs, 'Ann Baker won the Ohio Democratic primary.'])], []))
  expect(later.ask('Who won the Ohio Democratic primary?').citations[0]?.paragraph).toBe(3)
})

test('an abbreviation in the question is found written out in the coverage ("VP", "IPO")', () => {
  const a1 = article('vp', [
    '“I have no intention of being vice president,” Senator Marco Reyes said on Friday.',
    'Homecare Inc. registered an initial public offering of four million shares.',
  ])
  const e = new Engine(
    story(
      [a1],
      [quote(a1, 1, 'I have no intention of being vice president,', 'Marco Reyes')],
      [],
      [{ name: 'Marco Reyes', role: 'Senator', aliases: ['Reyes'] }],
    ),
  )
  expect(e.ask("Does Reyes want to be anyone's VP?").citations[0]?.paragraph).toBe(1)
  expect(e.ask('How many shares are in the Homecare IPO?').citations[0]?.paragraph).toBe(2)
})
