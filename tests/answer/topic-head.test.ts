import { describe, expect, test } from 'vitest'
import { askedTopic, topicHeld } from '../../src/answer/topic-head.js'
import { understand } from '../../src/answer/understand.js'
import { Engine } from '../../src/engine.js'
import { article, quote, story } from '../helpers/story.js'

// A made-up council story: the mayor is quoted on traffic over the bridge, never on money.
const bridge = article('bridge', [
  'Mayor Lena Park visited the harbour bridge on Monday.',
  '“Traffic will flow again by the summer,” Park said.',
  'Engineers found rust in the cables of the bridge.',
])
const closure = article('closure', [
  'The closure of the ring road will end in June, the council said.',
  'Drivers have waited a year for the end of the closure.',
  '“We are nearly there,” Park said.',
])
const engine = new Engine(
  story(
    [bridge, closure],
    [
      quote(bridge, 2, 'Traffic will flow again by the summer', 'Lena Park'),
      quote(closure, 3, 'We are nearly there', 'Lena Park'),
    ],
    [],
    [{ name: 'Lena Park', role: 'mayor', aliases: ['Park'] }],
  ),
)
const ctx = engine.answerContext
const topicOf = (q: string) => askedTopic(understand(ctx, q), ctx.lexicon)

describe('the topic of "what did X say about Y"', () => {
  test('is the head of a noun phrase narrowed by other words, with its common words', () => {
    expect(topicOf('What did Lena Park say about the tax rise for the stadium?')).toMatchObject({ head: 'rise' })
    expect(topicOf('What did Lena Park say about the tax rise for the stadium?')?.words).toEqual(
      expect.arrayContaining(['tax', 'rise', 'stadium']),
    )
    expect(topicOf("What did Lena Park say about the council's budget cuts?")?.head).toBe('cut')
  })

  test('is none for a bare noun, a clause or a name', () => {
    expect(topicOf('What did Lena Park say about the bridge?')).toBeNull()
    expect(topicOf('What did Lena Park say about closing the bridge early?')).toBeNull()
    expect(topicOf('What did Lena Park say about how drivers cope?')).toBeNull()
    expect(topicOf('What did Lena Park say about Springfield?')).toBeNull()
    expect(topicOf('Who said traffic will flow again?')).toBeNull()
  })
})

describe('a statement answers "what did X say about Y" only on that topic', () => {
  test('a statement that names none of a narrowed topic, in an article that never writes it, is no answer', () => {
    const a = engine.ask('What did Lena Park say about the tax rise for the stadium?')
    expect(a.answer).toBeNull()
    expect(a.notQuotedOn).toBe('Lena Park')
  })

  test('a statement that names the head of the topic answers', () => {
    const a = engine.ask('What did Lena Park say about the traffic on the harbour bridge?')
    expect(a.answer?.text).toMatch(/Traffic will flow/)
    expect(a.answer?.speaker).toBe('Lena Park')
  })

  test('a statement in an article that writes every word of the topic may say it in its own words', () => {
    const u = understand(ctx, 'What did Lena Park say about the end of the road closure?')
    const at = (id: string, paragraph: number) => ({ hit: { article: id, paragraph }, spans: [] })
    expect(topicHeld(ctx, u, at('closure', 3))).toBe(true)
    expect(topicHeld(ctx, u, at('bridge', 2))).toBe(false)
  })
})
