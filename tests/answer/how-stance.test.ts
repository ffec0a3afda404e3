import { describe, expect, test } from 'vitest'
import { understand } from '../../src/answer/understand.js'
import { Engine } from '../../src/engine.js'
import { wordNet } from '../../src/lexicon/wordnet.js'
import { article, quote, story } from '../helpers/story.js'

// A made-up story: two senators speak of Friday's hearing, one naming the other; one is asked about in each question.
const hearing = article('hearing', [
  'Senator Ruth Bell said Dale’s Friday hearing on the water bill was a waste of time and of the committee’s money.',
  'Senator Omar Dale called the hearing “a serious start” and said he saw Bell as a fair opponent.',
  'Dale flew to Denver after the hearing; he won the vote on the water bill on Monday.',
])
const s = story(
  [hearing],
  [
    quote(
      hearing,
      1,
      'Dale’s Friday hearing on the water bill was a waste of time and of the committee’s money',
      'Ruth Bell',
      {
        kind: 'indirect',
        role: 'Senator',
      },
    ),
    quote(hearing, 2, 'a serious start', 'Omar Dale', { role: 'Senator' }),
    quote(hearing, 2, 'he saw Bell as a fair opponent', 'Omar Dale', { kind: 'indirect', role: 'Senator' }),
  ],
  [],
  [
    { name: 'Ruth Bell', role: 'Senator', aliases: ['Bell'] },
    { name: 'Omar Dale', role: 'Senator', aliases: ['Dale'] },
  ],
)
const engine = new Engine(s)

describe('"How did X <verb> Y?": X is asked about when the verb is one of saying, thinking, perceiving or feeling', () => {
  test.each([
    // verb.communication, though not only of saying ("characterize" is also "be characteristic of")
    ["How did Sen. Dale characterize Friday's hearing?"],
    // verb.cognition and verb.perception: the stance asked for is what he said of it
    ['How did Dale view the Friday hearing?'],
    ['How did Dale see the hearing on the water bill?'],
    ['How does Dale rate the Friday hearing?'],
  ])('%s', (q) => {
    const a = engine.ask(q)
    expect(a.answer?.speaker).toBe('Omar Dale')
  })

  test("a person the coverage never quotes has no answer, not another person's sentence", () => {
    const a = engine.ask('How did Governor Voss view the Friday hearing?')
    expect(a.answer).toBeNull()
    expect(a.unquoted).toBe('Governor Voss')
  })

  test.each([
    // verb.possession, verb.competition, verb.motion: how something was done, not a stance; nobody is asked about
    ['How did Dale get to Denver?'],
    ['How did Dale win the vote on the water bill?'],
    ['How did Dale travel to Denver?'],
    // a verb of thinking with an infinitive after it asks how it is to be done
    ['How does Dale plan to pay for the water bill?'],
  ])('%s asks for no speaker', (q) => {
    const u = understand({ ...engine.answerContext, lexicon: wordNet() }, q)
    expect(u.parsed.slot).toBeNull()
    expect(u.asked).toBeNull()
  })
})
