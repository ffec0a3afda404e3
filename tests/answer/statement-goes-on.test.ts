import { describe, expect, test } from 'vitest'
import { Engine } from '../../src/engine.js'
import { article, quote, story } from '../helpers/story.js'

// A made-up interview: the senator's paraphrase names the topic, her own words on it follow in the next paragraph;
// two other statements of hers share one name with the question.
const talk = article('talk', [
  'Senator Lena Park, who leads the party campaign arm, said Mills and Ford could lose their seats in the fall.',
  'Even Mills, who chairs the courts panel, is in trouble, Park said.',
  'She said Mills could lose because he blocked the court nomination of Judge Ray Dunn for a whole year.',
  '“That is not how people here think,” Park said. “He made his choice.”',
  'The clerk said Mills would hold a hearing on the nomination next week, and Mills agreed.',
  '“We will see,” Mills said.',
])
const engine = new Engine(
  story(
    [talk],
    [
      quote(talk, 1, 'Mills and Ford could lose their seats in the fall', 'Lena Park', { kind: 'indirect' }),
      quote(talk, 2, 'Even Mills, who chairs the courts panel, is in trouble', 'Lena Park', { kind: 'indirect' }),
      quote(talk, 3, 'Mills could lose because he blocked the court nomination', 'Lena Park', { kind: 'indirect' }),
      quote(talk, 4, 'That is not how people here think', 'Lena Park'),
      quote(talk, 5, 'Mills would hold a hearing on the nomination next week', 'the clerk', { kind: 'indirect' }),
      quote(talk, 6, 'We will see', 'Ben Mills'),
    ],
    [],
    [
      { name: 'Lena Park', role: 'senator', aliases: ['Park'] },
      { name: 'Ben Mills', role: null, aliases: ['Mills'] },
    ],
  ),
)

describe("a statement that goes on from the speaker's own in the paragraph before is on its topic", () => {
  test('her words after the paraphrase that names the topic are cited next to it', () => {
    const a = engine.ask('What did Lena Park say about Mills and the Dunn nomination?')
    expect(a.answer?.text).toMatch(/blocked the court nomination/)
    expect(a.citations.map((c) => c.paragraph).slice(0, 2)).toEqual([3, 4])
  })
})
