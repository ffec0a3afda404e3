import { describe, expect, test } from 'vitest'
import { decisionReported } from '../../src/answer/decided.js'
import { Engine } from '../../src/engine.js'
import { article, story } from '../helpers/story.js'

const whole = (s: string) => ({ start: 0, end: s.length })
const check = (question: string, sentence: string) => decisionReported(question, sentence, whole(sentence))

describe('"What did X decide …" is told by a decision made, not one to come', () => {
  test('a call for a meeting to discuss, or a meeting to come, tells no decision', () => {
    const asked = 'What did the fishing board decide at its emergency meeting?'
    expect(check(asked, 'Norway called for an emergency meeting of the fishing board to discuss the quotas.')).toBe(
      false,
    )
    expect(check(asked, 'The fishing board will meet on Friday to decide the quotas.')).toBe(false)
    expect(check(asked, 'The fishing board agreed on Friday to cut the cod quota by a third.')).toBe(true)
    expect(check(asked, 'The fishing board cut the cod quota by a third on Friday.')).toBe(true)
  })

  test('only questions whose own verb is a decision', () => {
    const sentence = 'The board will meet on Friday to discuss the quotas.'
    expect(check('What did the minister say about the ruling letting teenagers vote?', sentence)).toBe(true)
    expect(check('When will the board meet?', sentence)).toBe(true)
  })

  test('end to end: the coverage from before the meeting does not answer', () => {
    const engine = new Engine(
      story(
        [
          article('call', [
            'Norway on Monday called for an emergency meeting of the North Sea fishing board to discuss the cod quotas.',
          ]),
        ],
        [],
        [],
        [],
      ),
    )
    expect(engine.ask('What did the North Sea fishing board decide at the emergency meeting?').answer).toBeNull()
  })
})
