import { describe, expect, test } from 'vitest'
import { Engine } from '../../src/engine.js'
import { article, quote, story } from '../helpers/story.js'

// A made-up polling day: a retired carrier who backs one candidate, asked about the other one's voters.
const day = article('poll', [
  'Senator Dan Hale and Governor Ann Roe both held rallies near the school on primary day.',
  'Hale told reporters the race was close, and Roe said the same.',
  '“It is a nice day for it,” Jim Cole said of the weather outside the school.',
  'Rita Moss pointed at the crowd: “Look at all these Dan voters.”',
  '“They just want the free stuff Dan promises,” Cole shot back.',
  'Moss said she would vote again in the fall.',
])
const s = story(
  [day],
  [
    quote(day, 2, 'the race was close', 'Dan Hale', { kind: 'indirect' }),
    quote(day, 3, 'It is a nice day for it', 'Jim Cole'),
    quote(day, 4, 'Look at all these Dan voters.', 'Rita Moss'),
    quote(day, 5, 'They just want the free stuff Dan promises', 'Jim Cole'),
  ],
  [],
  [
    { name: 'Dan Hale', role: 'senator', aliases: ['Hale'] },
    { name: 'Ann Roe', role: 'governor', aliases: ['Roe'] },
    { name: 'Jim Cole', role: null, aliases: ['Cole'] },
    { name: 'Rita Moss', role: null, aliases: ['Moss'] },
  ],
)
const engine = new Engine(s)

describe("among a speaker's statements, the topic decides", () => {
  test('a person named by one part of their name is found by another ("Dan" for Hale)', () => {
    const a = engine.ask('What did Jim Cole say about Hale?')
    expect(a.answer?.text).toMatch(/free stuff/)
    expect(a.answer?.speaker).toBe('Jim Cole')
  })
})

// A made-up custody story: the commissioner's statements, one beside a sentence of someone else's on the topic.
const custody = article('custody', [
  'Commissioner Joan Reyes met the family in Miami on Monday.',
  'The father wants the boy sent back to Havana at once. “We are working on it,” Reyes said.',
  'Lawyers for the relatives asked a judge to keep the child in Miami.',
  '“The boy belongs with his father,” Reyes said.',
])
const court = new Engine(
  story(
    [custody],
    [
      quote(custody, 2, 'We are working on it', 'Joan Reyes'),
      quote(custody, 4, 'The boy belongs with his father', 'Joan Reyes'),
    ],
    [],
    [{ name: 'Joan Reyes', role: 'commissioner', aliases: ['Reyes'] }],
  ),
)

describe("the topic of a speaker's statement is in their sentences", () => {
  test("the question's words in another sentence of the paragraph do not make a statement about them", () => {
    const a = court.ask('What did Joan Reyes say about sending the boy back to his father?')
    expect(a.answer?.text).toMatch(/belongs with his father/)
    expect(a.answer?.speaker).toBe('Joan Reyes')
  })
})

describe('the audience a statement was told to is not its topic', () => {
  const show = article('show', [
    'Governor Ann Roe spoke on a talk show on Friday night.',
    '“The wall is not up for negotiation,” Roe said of the border plan.',
  ])
  const tv = new Engine(
    story(
      [show],
      [quote(show, 2, 'The wall is not up for negotiation', 'Ann Roe')],
      [],
      [{ name: 'Ann Roe', role: 'governor', aliases: ['Roe'] }],
    ),
  )

  test('a named audience the coverage never names does not leave the question unanswered', () => {
    const a = tv.ask('Did Ann Roe tell Hannity the wall was up for negotiation?')
    expect(a.answer?.text).toMatch(/not up for negotiation/)
    expect(a.answer?.speaker).toBe('Ann Roe')
  })

  test('a name the coverage never uses elsewhere in the question still does', () => {
    expect(tv.ask('Did Ann Roe tell Hannity about Paris?').answer).toBeNull()
  })
})

describe('"how did X describe Y" asks for X\'s words that characterize', () => {
  const talks = article('talks', [
    'Foreign Minister Omar Said met the other delegation in Muscat on Friday.',
    'Said told reporters he would return to the capital on Saturday.',
    'Said described the atmosphere as “very positive” and said a second round was likely.',
  ])
  const e = new Engine(
    story(
      [talks],
      [
        quote(talks, 2, 'he would return to the capital on Saturday', 'Omar Said', { kind: 'indirect' }),
        quote(talks, 3, 'very positive', 'Omar Said'),
      ],
      [],
      [{ name: 'Omar Said', role: 'foreign minister', aliases: ['Said'] }],
    ),
  )

  test('the statement that says what it was like answers, though it names it otherwise ("mood", "atmosphere")', () => {
    const a = e.ask('How did the foreign minister describe the mood in the room?')
    expect(a.answer?.text).toMatch(/described the atmosphere as “very positive”/)
    expect(a.answer?.speaker).toBe('Omar Said')
  })
})

describe('a yes/no question about someone it describes', () => {
  const meeting = article('meeting', [
    'Talks were held in Muscat on Friday.',
    'The talks were the first diplomatic encounter, face to face, between the two delegations in a year. Iran’s Foreign Minister Omar Said said he did not shake hands with the other delegation.',
    'Diplomatic pressure on both sides continued through the weekend.',
  ])
  const e = new Engine(
    story(
      [meeting],
      [quote(meeting, 2, 'he did not shake hands with the other delegation', 'Omar Said', { kind: 'indirect' })],
      [],
      [{ name: 'Omar Said', role: 'foreign minister', aliases: ['Said'] }],
    ),
  )

  test('"Iran\'s top diplomat" is a subject, not a subject and a verb; the statement in the paragraph answers', () => {
    const a = e.ask("Did Iran's top diplomat meet the other delegation face to face?")
    expect(a.answer?.text).toMatch(/did not shake hands/)
    expect(a.answer?.speaker).toBe('Omar Said')
  })
})
