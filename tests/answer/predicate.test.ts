import { describe, expect, test } from 'vitest'
import { Engine } from '../../src/engine.js'
import { article, dateAt, quote, story } from '../helpers/story.js'

// A made-up campaign day: a win in one state, a statement about a bill that never says who backs it.
const day = article('day', [
  'Governor Ann Roe says she will not take the low road after a home-state win in Ohio.',
  'Senator Ben Cole wins the Democratic primary in Georgia, adding to his run of victories.',
  '“We must not balance the budget on the backs of children,” Senator Ben Cole wrote to his colleagues about the debt bill.',
  'Clara Diaz endorsed the debt bill on Monday, calling it a fair deal.',
  'Voters in Illinois waited in long lines on Tuesday.',
  'The four-day convention is the best chance the party will have, at least until the debates in the fall.',
])
const s = story(
  [day],
  [
    quote(day, 1, 'she will not take the low road', 'Ann Roe', { kind: 'indirect' }),
    quote(day, 3, 'We must not balance the budget on the backs of children', 'Ben Cole'),
  ],
  [],
  [
    { name: 'Ann Roe', role: 'governor', aliases: ['Roe'] },
    { name: 'Ben Cole', role: 'senator', aliases: ['Cole'] },
    { name: 'Clara Diaz', role: null, aliases: ['Diaz'] },
  ],
)
const engine = new Engine(s)

describe('what the question predicates', () => {
  test('"who won" needs a win of the contest it names, not a win elsewhere', () => {
    expect(engine.ask('Who won the Illinois primary?').answer).toBeNull()
    expect(engine.ask('Who won the Georgia primary?').answer?.text).toMatch(/wins the Democratic primary in Georgia/)
  })

  test('"did X endorse" needs X in the passage and the verb used as a verb, not "the backs of children"', () => {
    expect(engine.ask('Did Ann Roe endorse the debt bill?').answer).toBeNull()
    expect(engine.ask('Did Clara Diaz endorse the debt bill?').answer?.text).toMatch(/endorsed the debt bill/)
  })

  test('a paraphrase of the verb used as a noun does not meet it ("in the fall" for rain)', () => {
    expect(engine.ask('Will it rain during the convention?').answer).toBeNull()
  })
})

describe('"who won" asks what happened, not a prediction', () => {
  const eve = article('eve', [
    'On the eve of the final, the host asked the panel: Who do you think will win the Harbor Cup?',
    '“The Gulls are going to win the Harbor Cup,” the mayor said.',
  ])
  const after = article('after', ['The Gulls won the Harbor Cup on Sunday, beating the Owls 3-1.'])
  test('a question or a prediction of the win does not say who won', () => {
    expect(new Engine(story([eve], [], [], [])).ask('Who won the Harbor Cup?').answer).toBeNull()
  })
  test('the win reported answers', () => {
    const both = new Engine(story([eve, after], [], [], []))
    expect(both.ask('Who won the Harbor Cup?').answer?.text).toMatch(/The Gulls won the Harbor Cup on Sunday/)
  })
})

describe('"when" answers with the date that goes with the event', () => {
  const race = article(
    'race',
    [
      'Trump welcomed the news that Governor Ann Roe would quit the presidential race, calling it the right thing.',
      'Roe suspended her presidential campaign on Wednesday evening, telling supporters she had faith.',
    ],
    { localDate: '2016-05-05' },
  )
  const wire = story(
    [race],
    [],
    [dateAt(race, 2, 'on Wednesday evening', '2016-05-04')],
    [{ name: 'Ann Roe', role: 'governor', aliases: ['Roe'] }],
  )
  test('a paragraph that dates the event comes before a closer one that does not', () => {
    const a = new Engine(wire).ask('When did Ann Roe quit the presidential race?')
    expect(a.answer).toMatchObject({ date: '2016-05-04', dateBasis: 'stated' })
    expect(a.answer?.text).toMatch(/suspended her presidential campaign/)
  })
})

describe('"when": a year or month told more exactly', () => {
  const p =
    'The team will recover the remains of a mine expert kidnapped almost two years ago. The family of Ted Howe, who was kidnapped in Cambodia, was told he died soon after his capture on March 26, 1996.'
  const a = article('mines', [p], { localDate: '1998-02-19' })
  const s = story(
    [a],
    [],
    [dateAt(a, 1, 'almost two years ago', '1996'), dateAt(a, 1, 'on March 26, 1996', '1996-03-26')],
    [],
  )
  test('the day within it that the paragraph gives with the question’s words', () => {
    expect(new Engine(s).ask('When was the mine expert kidnapped?').answer?.date).toBe('1996-03-26')
  })
})

describe('"when": the date of a statement is not the date of the event it reports', () => {
  const gulf = article(
    'gulf',
    [
      'Officials in Baghdad said on Wednesday that Iraq invaded Kuwait over oil and money.',
      'Oil prices rose sharply in London and New York.',
      'Iraq’s invasion began on Aug. 2, when tanks crossed the border at dawn.',
    ],
    { localDate: '1990-08-15' },
  )
  const s = story(
    [gulf],
    [],
    [dateAt(gulf, 1, 'on Wednesday', '1990-08-15'), dateAt(gulf, 3, 'on Aug. 2', '1990-08-02')],
    [],
  )
  test('a paragraph dated only by "said on Wednesday" yields to one that dates the event', () => {
    const a = new Engine(s).ask('When did Iraq invade Kuwait?')
    expect(a.answer).toMatchObject({ date: '1990-08-02', dateBasis: 'stated' })
  })
  test('"when did they say" keeps the date of the saying', () => {
    expect(new Engine(s).ask('When did officials say Iraq invaded Kuwait?').answer?.date).toBe('1990-08-15')
  })
})

describe('a word derived from the verb asked about', () => {
  const primary = article('primary', [
    'Voters waited in long lines across Vermont on Tuesday.',
    'Senator Ben Cole, the clear winner of the Vermont primary, thanked his volunteers.',
  ])
  const s = story([primary], [], [], [{ name: 'Ben Cole', role: 'senator', aliases: ['Cole'] }])
  test('"the winner of the Vermont primary" says who won it', () => {
    expect(new Engine(s).ask('Who won the Vermont primary?').answer?.text).toMatch(
      /clear winner of the Vermont primary/,
    )
  })
})

describe('"who VERB" with a verb of thinking or feeling asks whose view a statement gives', () => {
  const hall = article('hall', [
    'Councillor Mae Ross called for the resignation of the harbour master over the dredging contract.',
    '“He was like a king at the yacht club,” Mr. Holt recalled of the harbour master.',
  ])
  const e = new Engine(
    story(
      [hall],
      [
        quote(hall, 1, 'called for the resignation of the harbour master', 'Mae Ross', { kind: 'indirect' }),
        quote(hall, 2, 'He was like a king at the yacht club', 'Holt'),
      ],
      [],
      [
        { name: 'Mae Ross', role: 'Councillor', aliases: ['Ross'] },
        { name: 'Holt', role: null, aliases: [] },
      ],
    ),
  )

  test('in words other than the verb: "wants X to resign" by "called for the resignation"', () => {
    expect(e.ask('Who wants the harbour master to resign over the dredging contract?').answer?.text).toMatch(
      /called for the resignation/,
    )
    expect(e.ask('Who remembers the harbour master as a king at the yacht club?').answer?.text).toMatch(/like a king/)
  })

  test('a verb of doing still needs the passage to say it', () => {
    expect(e.ask('Who sued the harbour master over the dredging contract?').answer).toBeNull()
  })
})
