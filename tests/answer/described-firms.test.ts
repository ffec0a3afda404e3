import { describe, expect, test } from 'vitest'
import { understand } from '../../src/answer/understand.js'
import { buildEngine } from '../../src/engine.js'
import { article } from '../helpers/story.js'

// A made-up market story: a trader at a firm of partners' names, a company's chief executive, and a spokesman who
// reports what his president promised.
const market = article(
  'market',
  [
    'Program trading is hazardous to paychecks. Index arbitrage is “making it tough for traders to make money,” declares Tom Vale, head of OTC trading at Baker, Lane amp Pruitt.',
    '“Volatility is bad for everybody,” says Ann Kerr, a trader at Smith Brothers.',
    'Ray Dunn, Acmepac’s president and chief executive, said Acmepac viewed the bid as a “very positive” move.',
    'Eva Lunde, the United Nations High Commissioner for Refugees, said the camps were full. Let the United Nations help, President Omar Bek said.',
  ],
  { title: 'Traders fret over program trading' },
)
const summit = article(
  'summit',
  [
    'President Ivan Roe of Ostland met President Lev Bor of Westland on Friday.',
    'Roe assured Bor that Ostland would not join the pact, Bor’s spokesman Pavel Lind said, according to the Tass news agency.',
  ],
  { title: 'Presidents meet' },
)
const engine = buildEngine([market, summit], [])
const answer = (q: string) => engine.ask(q).answer
const asked = (q: string) => understand(engine.answerContext, q).asked

describe('a speaker described by a firm or a shortened title', () => {
  test('a firm of partners written with commas and an ampersand ("Baker, Lane & Pruitt") is known by its initials', () => {
    expect(asked('What did the head of OTC trading at BLP say about arbitrage?')).toEqual({
      kind: 'described',
      names: ['Tom Vale'],
    })
  })

  test('"chief executive" is a CEO: newsrooms drop the "officer" of the title', () => {
    expect(asked('How did the Acmepac CEO react to the bid?')).toEqual({ kind: 'described', names: ['Ray Dunn'] })
  })

  test('an organisation opening a longer title ("United Nations High Commissioner") is known by its initials', () => {
    expect(asked('What did the UN refugee chief say about the camps?')).toEqual({
      kind: 'described',
      names: ['Eva Lunde'],
    })
  })

  test('"according to X, what did Y promise": the speaker is X, who reports what Y promised', () => {
    expect(answer("According to Bor's spokesman, what did Roe promise about the pact?")?.speaker).toBe('Pavel Lind')
    expect(answer('What did Roe promise Bor about the pact?')?.speaker).toBe('Ivan Roe')
  })
})
