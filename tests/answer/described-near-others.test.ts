import { describe, expect, test } from 'vitest'
import { understand } from '../../src/answer/understand.js'
import { buildEngine } from '../../src/engine.js'
import { findSpeakerSlot } from '../../src/search/speaker-slot.js'
import { article } from '../helpers/story.js'

// Made-up stories in which the person a question describes stands near someone else who is quoted: a governor in
// a headline set in capitals beside the president, a show's host named after him, a party chairman beside the
// government, an analyst at a brokerage beside a chairman.
const guns = article(
  'guns',
  [
    'Ohio Gov. Hears About Harlan’s Water Plan, Sends Sharp Reply.',
    'President Harlan said he would sign orders on water rights this week.',
    'Ohio Governor Dale Pruitt told the President that the rivers belong to the state, “and we will keep them.”',
  ],
  { title: 'Ohio Gov. Hears About Harlan’s Water Plan' },
)
const show = article(
  'show',
  [
    'Ned Larkin, host of the radio show “Evening Ned,” said the candidate had gone too far.',
    '“That is the end of his campaign,” Larkin said on Tuesday.',
    'The candidate said in a statement that he had never met the man.',
  ],
  { title: 'Radio host says the candidate has gone too far' },
)
const party = article(
  'party',
  [
    'The government has asked that Green Union be expelled from the coalition talks, officials said.',
    'Green Union chairman Pat Doyle says the party will fight the move in court.',
  ],
  { title: 'Green Union faces expulsion' },
)
const bid = article(
  'bid',
  [
    'Harbor Mills Chairman Paul Vance said his board rejected the bid as too low.',
    '“I don’t see what will stop the bid,” said Anne Roux, analyst at the brokerage Roux-Martin.',
  ],
  { title: 'Harbor Mills rejects bid' },
)
const rivers = article(
  'rivers',
  [
    'Indiana Gov. Mary Stone said her state would share its rivers with its neighbours.',
    '“Water is no border,” Stone said.',
  ],
  { title: 'Indiana governor offers to share rivers' },
)
const engine = buildEngine([guns, show, party, bid, rivers], [])
const asked = (q: string) => understand(engine.answerContext, q).asked
const answer = (q: string) => engine.ask(q).answer

describe('a description of a speaker who stands near another person', () => {
  test('a title abbreviated ("gov") before a verb and a possessive name in the question: the possessor is the topic', () => {
    expect(asked('How did the Ohio gov respond to Harlan’s water orders?')).toEqual({
      kind: 'described',
      names: ['Dale Pruitt'],
    })
    expect(answer('How did the Ohio gov respond to Harlan’s water orders?')?.speaker).toBe('Dale Pruitt')
  })

  test('a person named with a possessive is what the question is about, not the person it describes', () => {
    expect(asked('What did the governor say about Pruitt’s reply?')).toEqual({
      kind: 'described',
      names: ['Mary Stone'],
    })
    expect(asked("What did the governor say about Stone's offer?")).toEqual({
      kind: 'described',
      names: ['Dale Pruitt'],
    })
  })

  test('a headline set in capitals gives nobody a title through a clause ("Gov. Hears About Harlan’s")', () => {
    const profiles = engine.answerContext.profiles
    expect(profiles.holders('governor').get('Dale Pruitt')).toBe(1)
    expect(profiles.holders('governor').get('Harlan')).not.toBe(1)
  })

  test('a show named after its host describes the host ("the Evening Ned host"); a campaign named after a person does not', () => {
    expect(asked('What did the Evening Ned host say about the candidate?')).toEqual({
      kind: 'described',
      names: ['Ned Larkin'],
    })
    expect(answer('What did the Evening Ned host say about the candidate?')?.speaker).toBe('Ned Larkin')
    expect(asked('What did the Larkin campaign host say?')).not.toEqual({ kind: 'described', names: ['Ned Larkin'] })
  })

  test('"How does X plan to respond …": X is asked about, a party named before the title says whose chairman', () => {
    const question = 'How does the Green Union chairman plan to respond to the bid to expel the party?'
    const isVerb = (w: string) => ['plan', 'intend', 'pay'].includes(w)
    expect(findSpeakerSlot(question, { isVerb })).toMatchObject({ text: 'the Green Union chairman', acts: 'plan' })
    expect(findSpeakerSlot('What does the mayor intend to tell the council?', { isVerb })?.text).toBe('the mayor')
    // "have to say" asks plainly for words, not for a plan the coverage may report
    const words = findSpeakerSlot('What did Bennett have to say about it?', { isVerb: (w) => w === 'have' })
    expect(words?.text).toBe('Bennett')
    expect(words?.acts).toBeUndefined()
    // an infinitive that says nothing, or a verb saying it was not done, leaves the question without a speaker slot
    expect(findSpeakerSlot('How does Bennett plan to pay for it?', { isVerb })).toBeNull()
    expect(findSpeakerSlot('Did Bennett refuse to comment?', { isVerb: () => true })).toBeNull()
    expect(asked(question)).toEqual({ kind: 'described', names: ['Pat Doyle'] })
    expect(answer(question)?.speaker).toBe('Pat Doyle')
  })
})
