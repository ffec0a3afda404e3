import { describe, expect, test } from 'vitest'
import { understand } from '../../src/answer/understand.js'
import { Engine } from '../../src/engine.js'
import { article, quote, story } from '../helpers/story.js'

// A made-up story: two candidates' campaign managers, a prime minister speaking through his spokesman, and talks
// hosted by a country none of whose people is quoted.
const race = article('race', [
  'Senator Dan Ortega and Governor Ruth Bell traded attacks over the gun bill on Tuesday.',
  '“This bill is reckless and dangerous,” said Ortega campaign manager Tom Reyes in a statement.',
  'Bell’s former campaign manager, Lee Crane, said the gun bill would pass easily.',
  'Bell called the gun bill “a fair compromise.”',
])
const visit = article('visit', [
  'British Prime Minister Alan Hurst criticised Ortega over his remarks on the gun bill.',
])
const reply = article('reply', [
  'Hurst’s spokesman said his remarks on the gun bill stood.',
  '“His views are very clear,” the spokesman said.',
  'A spokesman for the British city council said the gun bill was not its business.',
  'British lawmakers debated the gun bill. “Our views on the gun bill are very clear,” said Bell spokesman Sam Pike.',
])
const talks = article('talks', [
  'Iranian Foreign Minister Ali Rezaei said the talks in Norway were a good start.',
  'US envoy Mark Dale said the two delegations would meet again next week.',
])
const s = story(
  [race, visit, reply, talks],
  [
    quote(race, 2, 'This bill is reckless and dangerous,', 'Tom Reyes', { role: 'Ortega campaign manager' }),
    quote(race, 3, 'the gun bill would pass easily', 'Lee Crane', {
      kind: 'indirect',
      role: 'Bell’s former campaign manager',
    }),
    quote(race, 4, 'a fair compromise.', 'Ruth Bell', { role: 'Governor' }),
    quote(visit, 1, 'Ortega over his remarks on the gun bill', 'Alan Hurst', { kind: 'indirect' }),
    quote(reply, 1, 'his remarks on the gun bill stood', 'Hurst’s spokesman', { kind: 'indirect' }),
    quote(reply, 2, 'His views are very clear,', 'Hurst’s spokesman'),
    quote(reply, 3, 'the gun bill was not its business', 'a spokesman for the British city council', {
      kind: 'indirect',
    }),
    quote(reply, 4, 'Our views on the gun bill are very clear,', 'Sam Pike', { role: 'Bell spokesman' }),
    quote(talks, 1, 'the talks in Norway were a good start', 'Ali Rezaei', {
      kind: 'indirect',
      role: 'Foreign Minister',
    }),
    quote(talks, 2, 'the two delegations would meet again next week', 'Mark Dale', {
      kind: 'indirect',
      role: 'US envoy',
    }),
  ],
  [],
  [
    { name: 'Dan Ortega', role: 'Senator', aliases: ['Ortega'] },
    { name: 'Ruth Bell', role: 'Governor', aliases: ['Bell'] },
    { name: 'Tom Reyes', role: 'Ortega campaign manager', aliases: ['Reyes'] },
    { name: 'Lee Crane', role: 'Bell’s former campaign manager', aliases: ['Crane'] },
    { name: 'Alan Hurst', role: 'Prime Minister', aliases: ['Hurst'] },
    { name: 'Hurst’s spokesman', role: null, aliases: [] },
    { name: 'a spokesman for the British city council', role: null, aliases: [] },
    { name: 'Sam Pike', role: 'Bell spokesman', aliases: ['Pike'] },
    { name: 'Ali Rezaei', role: 'Foreign Minister', aliases: ['Rezaei'] },
    { name: 'Mark Dale', role: 'US envoy', aliases: ['Dale'] },
  ],
)
const engine = new Engine(s)
const speaker = (q: string) => engine.ask(q).answer?.speaker

describe('a description with an owner: the speaker’s own role must name the same owner', () => {
  test('a candidate’s campaign manager is the one whose role names that candidate, not another’s', () => {
    expect(speaker("What did Ortega's campaign manager say about the gun bill?")).toBe('Tom Reyes')
    expect(speaker("What did Bell's campaign manager say about the gun bill?")).toBe('Lee Crane')
  })

  test('an owner named by the given name alone is the person of that name ("Dan\'s" is Dan Ortega\'s)', () => {
    expect(speaker("What did Dan's campaign manager say about the gun bill?")).toBe('Tom Reyes')
    expect(speaker("What did Ruth's campaign manager say about the gun bill?")).toBe('Lee Crane')
  })

  test('an owner described by a title ("the British PM’s spokesman") is the person it fits, named in the role', () => {
    expect(speaker("What did the British PM's spokesman say about the gun bill?")).toBe('Hurst’s spokesman')
  })
})

describe('a kind of person of a nation nobody quoted is of', () => {
  test('is nobody quoted, not a speaker of another nation who fits the role', () => {
    const a = engine.ask('Which Norwegian official said the delegations would meet again?')
    expect(a.answer).toBeNull()
    expect(a.unquoted).toBe('Norwegian official')
  })

  test('a nation a quoted person is of still finds them', () => {
    expect(speaker('Which Iranian official said the talks were a good start?')).toBe('Ali Rezaei')
  })
})

// A poll credited to its university, and the person at the university who speaks about it under another title.
const poll = article('poll', [
  'Ortega leads the field with 31 percent, according to a Lakeside University poll released Sunday.',
  '“Ortega has a firm base in the north,” says Nina Marsh, director of the Lakeside University Polling Institute.',
])
const camp = article('camp', [
  '“The race is still open and Ortega’s lead is soft,” said Omar Diaz, a pollster for the Bell campaign.',
])
const polled = new Engine(
  story(
    [poll, camp],
    [
      quote(poll, 1, 'Ortega leads the field with 31 percent', 'Lakeside University', { kind: 'indirect' }),
      quote(poll, 2, 'Ortega has a firm base in the north,', 'Nina Marsh', {
        role: 'director of the Lakeside University Polling Institute',
      }),
      quote(camp, 1, 'The race is still open and Ortega’s lead is soft,', 'Omar Diaz', {
        role: 'a pollster for the Bell campaign',
      }),
    ],
    [],
    [
      { name: 'Lakeside University', role: null, aliases: [] },
      { name: 'Nina Marsh', role: 'director of the Lakeside University Polling Institute', aliases: ['Marsh'] },
      { name: 'Omar Diaz', role: 'a pollster for the Bell campaign', aliases: ['Diaz'] },
    ],
  ),
)

describe('a role noun for a person with an organisation nobody with that role is of', () => {
  test('is the person the coverage places in the organisation, not the organisation itself', () => {
    expect(polled.ask("What did the Lakeside University pollster say about Ortega's lead?").answer?.speaker).toBe(
      'Nina Marsh',
    )
  })
})

describe('a person who changed careers ("the ex-banker turned novelist")', () => {
  test('is found by the earlier role when the coverage never gives the later one', () => {
    const book = article('book', [
      '“It is easy to blame the banks,” said Ruth Ames, a former managing director at Hill Brothers.',
      '“The banks did nothing wrong,” said Paul Grey, a retired investment banker.',
    ])
    const read = new Engine(
      story(
        [book],
        [
          quote(book, 1, 'It is easy to blame the banks,', 'Ruth Ames', {
            role: 'a former managing director at Hill Brothers',
          }),
          quote(book, 2, 'The banks did nothing wrong,', 'Paul Grey', { role: 'a retired investment banker' }),
        ],
        [],
        [
          { name: 'Ruth Ames', role: 'a former managing director at Hill Brothers', aliases: ['Ames'] },
          { name: 'Paul Grey', role: 'a retired investment banker', aliases: ['Grey'] },
        ],
      ),
    )
    const q = 'What did the ex-Hill Brothers managing director turned novelist say about the banks?'
    expect(understand(read.answerContext, q).asked).toEqual({ kind: 'described', names: ['Ruth Ames'] })
    expect(read.ask(q).answer?.speaker).toBe('Ruth Ames')
  })
})
