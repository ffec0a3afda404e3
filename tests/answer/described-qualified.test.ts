import { describe, expect, test } from 'vitest'
import { understand } from '../../src/answer/understand.js'
import { buildEngine } from '../../src/engine.js'
import { article } from '../helpers/story.js'

// Made-up wire stories: a ministry quoted, then its spokeswoman.
const pensions = article(
  'pensions',
  [
    'Veterans Affairs said in a statement that pension letters are reviewed every week.',
    '“Every letter is checked twice before it is sent,” spokeswoman Lena Fisk said in an email.',
    'Defence Minister Omar Price said the pension rules would not change this year.',
  ],
  { title: 'Pension letters under review' },
)
const engine = buildEngine([pensions], [])
const answer = (q: string) => engine.ask(q).answer
const asked = (q: string) => understand(engine.answerContext, q).asked

describe('a description with a qualifier', () => {
  test('a role named for a man is the same role named for a woman or a person', () => {
    expect(asked('What did a Veterans Affairs spokesman say about the letters?')).toEqual({
      kind: 'described',
      names: ['Lena Fisk'],
    })
    expect(answer('What did a Veterans Affairs spokesman say about the letters?')?.speaker).toMatch(/Fisk/)
  })
})
