import { describe, expect, test } from 'vitest'
import { buildEngine } from '../../src/engine.js'
import { article } from '../helpers/story.js'

// Made-up wire stories: a secretary of state tours the bombed embassies; a far-off president condemns the bombings.
const tour = article(
  'tour',
  [
    'NAIROBI, Kenya (AP) -- The secretary of state toured the bombed embassies on Tuesday.',
    'U.S. Secretary of State Maria Lentz paid tribute Tuesday to bombing victims and embassy staffers on a whirlwind visit to East Africa, and promised to track down the bombers of the embassies.',
    '“We will find the murderers of our friends,” she told embassy workers in Dar es Salaam.',
  ],
  { title: 'Lentz visits bombing sites in East Africa', localDate: '1998-08-18' },
)
const manila = article(
  'manila',
  [
    'MANILA, Philippines (AP) -- Philippine President Ramon Castell on Tuesday condemned the bombings of the U.S. embassies in Kenya and Tanzania.',
    '“We extend our heartfelt sympathies to the victims of these outrages and to their families in Kenya, Tanzania and the United States,” Castell said in a statement.',
  ],
  { title: 'Philippine president condemns bombings', localDate: '1998-08-11' },
)
const engine = buildEngine([tour, manila], [])

describe('a described person asked what they did ("How did the Philippine leader react …")', () => {
  test("their statement answers before another's paragraph that shares more of the question's words", () => {
    const a = engine.ask('How did the Philippine leader react to the bombings of US embassies in East Africa?')
    expect(a.answer?.speaker).toBe('Ramon Castell')
    expect(a.citations[0]?.article).toBe('manila')
  })

  test('asked for their words, the same', () => {
    const a = engine.ask('What did the Philippine leader say about the bombings of US embassies in East Africa?')
    expect(a.answer?.speaker).toBe('Ramon Castell')
  })
})
