import { describe, expect, test } from 'vitest'
import { Engine } from '../../src/engine.js'
import { article, quote, story } from '../helpers/story.js'

// A made-up river town: residents set the scene for an anonymous woman, a union speaks by statement, the mayor
// names the town too.
const town = article('town', [
  'Mayor Lena Ortiz said the flood plan for Ashford would be ready by spring.',
  'Residents of Ashford, a river town of 9,000, seemed wary of the plan.',
  '“Like every time before, the plan will end up on a shelf,” a woman who asked not to be named told reporters.',
  '“We will strike if the plan cuts jobs at the dam,” a union statement said.',
  'Farm prices in the valley fell again in March.',
])
const s = story(
  [town],
  [
    quote(town, 1, 'the flood plan for Ashford would be ready by spring', 'Lena Ortiz', { kind: 'indirect' }),
    quote(town, 3, 'Like every time before, the plan will end up on a shelf', 'an anonymous woman'),
    quote(town, 4, 'We will strike if the plan cuts jobs at the dam', 'a union statement'),
  ],
  [],
  [{ name: 'Lena Ortiz', role: 'mayor', aliases: ['Ortiz'] }],
)
const engine = new Engine(s)

describe('a group asked about as the speaker', () => {
  test('an unnamed member the paragraph before places in the group speaks for it', () => {
    for (const q of [
      'What do ordinary people in Ashford expect from the plan?',
      'What do Ashford residents think of the plan?',
      'How do ordinary Ashford residents view the plan?',
    ]) {
      const a = engine.ask(q)
      expect(a.answer?.text, q).toMatch(/end up on a shelf/)
      expect(a.answer?.speaker, q).toBe('an anonymous woman')
    }
  })

  test('a statement the coverage gives the group itself answers for its members', () => {
    expect(engine.ask('What do union members think about the plan?').answer?.text).toMatch(/We will strike/)
  })

  test('a group the coverage never quotes is not answered with a named person or another group', () => {
    expect(engine.ask('What do farmers in Ashford think of the plan?').answer?.speaker ?? null).not.toBe(
      'an anonymous woman',
    )
  })
})

describe('an institution asked about through "its" spokesman', () => {
  // many spokesmen in the coverage: the head alone tells none apart
  const others = ['Ames', 'Boyd', 'Cruz', 'Dunn', 'Egan', 'Frye']
  const host = article(
    'host',
    [
      'Linkway, which provided the space for the forum, closed it on Thursday for breaking “our use rules,” spokesman Omar Reyes said.',
      'The forum’s founder, Dale Pratt, said the internet provider shut the forum to avoid lawsuits.',
    ],
    { title: 'Internet provider closes forum' },
  )
  const county = article(
    'county',
    others.map((n) => `“The bridge will open in May,” spokesman Tom ${n} of the county said.`),
  )
  const e = new Engine(
    story(
      [host, county],
      [
        quote(host, 1, 'our use rules', 'Omar Reyes'),
        quote(host, 2, 'the internet provider shut the forum to avoid lawsuits', 'Dale Pratt', { kind: 'indirect' }),
        ...others.map((n, i) => quote(county, i + 1, 'The bridge will open in May', `Tom ${n}`)),
      ],
      [],
      [
        { name: 'Omar Reyes', role: 'spokesman', aliases: ['Reyes'] },
        { name: 'Dale Pratt', role: null, aliases: ['Pratt'] },
        ...others.map((n) => ({ name: `Tom ${n}`, role: 'spokesman', aliases: [n] })),
      ],
    ),
  )
  test('"its" is the question’s subject: the internet provider’s spokesman, not the founder', () => {
    const a = e.ask('Why did the internet provider shut the forum, according to its spokesman?')
    expect(a.answer?.speaker).toBe('Omar Reyes')
  })
})

describe('a group in a place the question writes otherwise than the coverage', () => {
  const city = article('city', [
    'Residents of Beijing seemed wary of the new housing rules.',
    '“The rules will only push rents higher,” a man who gave only his surname told reporters.',
    'Officials said the rules would take effect in March.',
  ])
  const e = new Engine(
    story([city], [quote(city, 2, 'The rules will only push rents higher', 'an anonymous man')], [], []),
  )
  test('"people in Peking" are the people the coverage places in Beijing', () => {
    const a = e.ask('What do ordinary people in Peking think of the housing rules?')
    expect(a.answer?.speaker).toBe('an anonymous man')
  })
})
