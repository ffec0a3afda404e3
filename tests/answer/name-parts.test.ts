import { describe, expect, test } from 'vitest'
import { Engine } from '../../src/engine.js'
import { article, quote, story } from '../helpers/story.js'

// A made-up campaign story: a candidate quoted on his rival, and a golf club whose long name holds a place and the
// rival's name.
const campaign = article('campaign', [
  'Ned Harlow campaigned in Iowa on Monday.',
  'Mr. Harlow said voters would not fall for Mr. Grant’s bluster on the stump.',
  'Grant International Golf Club Puerto Rico said in a statement that the course would reopen next year.',
  'Sandra Alvarez said the Puerto Rico debt crisis would shape the island’s vote.',
])
const engine = new Engine(
  story(
    [campaign],
    [
      quote(campaign, 2, 'voters would not fall for Mr. Grant’s bluster on the stump', 'Ned Harlow', {
        kind: 'indirect',
      }),
      quote(campaign, 3, 'the course would reopen next year', 'Grant International Golf Club Puerto Rico', {
        kind: 'indirect',
      }),
      quote(campaign, 4, 'the Puerto Rico debt crisis would shape the island’s vote', 'Sandra Alvarez', {
        kind: 'indirect',
      }),
    ],
  ),
)

describe("a name in the question stands for the other parts of one person's name, never an organisation's", () => {
  test('"Puerto Rico" is not "Grant" through a golf club named after both', () => {
    const a = engine.ask('What did Ned Harlow say about the Puerto Rico debt crisis?')
    expect(a.answer).toBeNull()
  })

  test('a person\'s given name still finds their surname ("Sandra" for Alvarez)', () => {
    const a = engine.ask('What did Sandra say about the debt crisis?')
    expect(a.answer?.speaker).toBe('Sandra Alvarez')
  })
})
