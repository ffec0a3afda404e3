import { describe, expect, test } from 'vitest'
import { Engine } from '../../src/engine.js'
import { article, quote, story } from '../helpers/story.js'

// A made-up wire story on a treaty signing: the Latvian minister speaks without repeating its words; another article
// has a Dutch minister's statement that shares them all.
const signing = article('signing', [
  'Latvia and Estonia signed the fisheries treaty on Friday in a ceremony in Riga.',
  'The treaty sets quotas for herring in the Gulf of Riga for ten years.',
  'Crowds lined the harbour as the band played.',
  '“Our fishermen can plan again. This is a good day for the coast,” said Latvian Trade Minister Ilze Berzina.',
])
const preview = article('preview', [
  'The fisheries treaty Latvia will sign with Estonia is a model for the region, Dutch Trade Minister Joost Kamp said.',
])
const other = article('other', [
  'Flooding closed the coastal road on Tuesday.',
  '“The road will reopen next week,” said Latvian Trade Minister Ilze Berzina.',
])
const quotes = (articles: readonly { id: string }[]) =>
  [
    quote(signing, 4, 'Our fishermen can plan again. This is a good day for the coast', 'Ilze Berzina', {
      role: 'Latvian Trade Minister',
    }),
    quote(preview, 1, 'The fisheries treaty Latvia will sign with Estonia is a model for the region', 'Joost Kamp', {
      kind: 'indirect',
      role: 'Dutch Trade Minister',
    }),
    quote(other, 2, 'The road will reopen next week', 'Ilze Berzina', { role: 'Latvian Trade Minister' }),
  ].filter((q) => articles.some((a) => a.id === q.article))
const speakers = [
  { name: 'Ilze Berzina', role: 'Latvian Trade Minister', aliases: ['Berzina'] },
  { name: 'Joost Kamp', role: 'Dutch Trade Minister', aliases: ['Kamp'] },
]
const engineOf = (articles: ReturnType<typeof article>[]) => new Engine(story(articles, quotes(articles), [], speakers))
const question = 'What did the Latvian trade minister say as her country signed the fisheries treaty?'

describe('a described person\'s statement in an article about the topic answers "what did they say"', () => {
  test("before another person's statement that writes the question's words", () => {
    const a = engineOf([signing, preview, other]).ask(question)
    expect(a.answer?.speaker).toBe('Ilze Berzina')
    expect(a.answer?.text).toMatch(/fishermen can plan again/)
  })

  test('not their statement in an article about something else', () => {
    const a = engineOf([preview, other]).ask(question)
    expect(a.answer?.speaker).not.toBe('Ilze Berzina')
  })
})
