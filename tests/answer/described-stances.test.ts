import { describe, expect, test } from 'vitest'
import { stancesOf } from '../../src/answer/stance.js'
import { understand } from '../../src/answer/understand.js'
import { buildEngine } from '../../src/engine.js'
import { article } from '../helpers/story.js'

// Made-up stories: an abortion opponent (never called an activist), an activist on another issue, and two
// lawmakers of whom one campaigned for leaving the union.
const clinic = article(
  'clinic',
  [
    'DOVER, Del. (AP) -- A gunman fired on a clinic on Friday, wounding a doctor.',
    '“He did what had to be done,” said Ruth Kane, an abortion opponent from Delaware.',
  ],
  { title: 'Gunman fires on clinic' },
)
const harbour = article(
  'harbour',
  [
    'The harbour was closed after the spill.',
    '“The harbour must be cleaned before the summer,” said Joe Park, an activist and former fisherman.',
  ],
  { title: 'Spill closes harbour' },
)
const vote = article(
  'vote',
  [
    'Parliament voted on the budget on Tuesday.',
    '“We will leave on time,” said Sam Reed, a lawmaker who campaigned for Brexit.',
    'Lawmaker Ann Cole said the budget was too small.',
  ],
  { title: 'Parliament votes on budget' },
)
const rebels = article(
  'rebels',
  [
    'Fighting went on in the east on Sunday.',
    '“We will hold the town,” said Ivan Petro, a pro-Russian rebel commander.',
    'Rebel commander Omar Said, who fights in Syria, said the truce had failed.',
  ],
  { title: 'Fighting goes on' },
)
const engine = buildEngine([clinic, harbour, vote, rebels], [])
const answer = (q: string) => engine.ask(q).answer
const asked = (q: string) => understand(engine.answerContext, q).asked

describe('a description with a stance ("anti-abortion activist", "pro-Brexit lawmaker")', () => {
  test('reads "anti-" and "pro-" joined by a hyphen, with what the stance is about', () => {
    expect(stancesOf('Which anti-abortion activist')).toEqual([{ side: 'anti', object: 'abortion' }])
    expect(stancesOf('the head of the pro-Jeb Bush super PAC')).toEqual([{ side: 'pro', object: 'Jeb' }])
    // "pro" alone is a professional; "antiwar" is one word the profiles hold as written
    expect(stancesOf('a pro golfer')).toEqual([])
    expect(stancesOf('an antiwar campaigner')).toEqual([])
  })

  test('someone with the head but nothing of the stance is not so described', () => {
    expect(asked('Which anti-abortion activist called the gunman a hero?')).not.toEqual({
      kind: 'described',
      names: ['Joe Park'],
    })
    // the activist is still found without the stance
    expect(asked('What did the activist say about the harbour?')).toEqual({ kind: 'described', names: ['Joe Park'] })
  })

  test('the person the coverage names by the stance alone ("an abortion opponent") fits', () => {
    expect(asked('Which anti-abortion activist called the gunman a hero?')).toEqual({
      kind: 'described',
      names: ['Ruth Kane'],
    })
    expect(answer('What did the anti-abortion activist say about the clinic shooting?')?.speaker).toMatch(/Kane/)
  })

  test('of two people with the head, the one the stance is about', () => {
    expect(asked('What did the pro-Brexit lawmaker say?')).toEqual({ kind: 'described', names: ['Sam Reed'] })
    expect(answer('What did the pro-Brexit lawmaker say about leaving?')?.speaker).toMatch(/Reed/)
    // a place in another of its forms: "pro-Russia" is what "pro-Russian" is about
    expect(asked('What did the pro-Russia rebel commander say?')).toEqual({ kind: 'described', names: ['Ivan Petro'] })
  })
})
