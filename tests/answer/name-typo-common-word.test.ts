import { describe, expect, test } from 'vitest'
import { paragraphMatches } from '../../src/answer/rank.js'
import { understand } from '../../src/answer/understand.js'
import { Engine } from '../../src/engine.js'
import { article, story } from '../helpers/story.js'

// A made-up council story: a name one letter from a common word ("Karly" / "early").
const council = article(
  'council',
  [
    'In early March the council voted on the harbour budget.',
    'Councillor Karla Jones quit the harbour committee on March 10.',
  ],
  { localDate: '2026-03-12' },
)
const engine = new Engine(story([council], [], []))
const matched = (question: string, paragraph: number) =>
  paragraphMatches(engine.answerContext, understand(engine.answerContext, question), 'council', paragraph).map((m) =>
    council.paragraphs[paragraph - 1]?.text.slice(m.start, m.end),
  )

describe('a name misspelt in the question matches a name, never a common word', () => {
  test('"Karly" finds "Karla", not "early"', () => {
    expect(matched('When did Karly quit the harbour committee?', 2)).toContain('Karla')
    expect(matched('When did Karly quit the harbour committee?', 1)).not.toContain('early')
  })

  test('a common word misspelt in the question still matches the common word', () => {
    expect(matched('When did the councl vote on the harbour budget?', 1)).toContain('council')
  })
})
