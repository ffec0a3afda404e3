import { describe, expect, test } from 'vitest'
import { canonicalizeSpeakers } from '../../src/story/quotes/index.js'
import type { Quote } from '../../src/story/types.js'

const quote = (article: string, speaker: string | null, role: string | null = null): Quote => ({
  article,
  paragraph: 1,
  text: 'words',
  kind: 'direct',
  speaker,
  role,
  said: null,
  source: 'Test Wire',
  published: '2026-02-07',
  start: 0,
  end: 5,
})

describe('canonicalizeSpeakers', () => {
  test('a surname used alone in one article takes the full name used in another', () => {
    const { quotes } = canonicalizeSpeakers([
      quote('a', 'Abbas Araghchi', "Iran's foreign minister"),
      quote('b', 'Araghchi'),
    ])
    expect(quotes.map((q) => q.speaker)).toEqual(['Abbas Araghchi', 'Abbas Araghchi'])
  })

  test('a description that ends in a name is no longer form of that name', () => {
    const { quotes } = canonicalizeSpeakers([
      quote('a', "others who oppose the boy's return to Cuba"),
      quote('b', 'Cuba'),
      quote('c', 'Abdullah al-Shayji'),
      quote('d', 'al-Shayji'),
    ])
    expect(quotes.map((q) => q.speaker)).toEqual([
      "others who oppose the boy's return to Cuba",
      'Cuba',
      'Abdullah al-Shayji',
      'Abdullah al-Shayji',
    ])
  })

  test('a longer form of the same name wins', () => {
    const { quotes } = canonicalizeSpeakers([
      quote('a', 'Donald Trump'),
      quote('b', 'Donald J. Trump'),
      quote('c', 'Trump'),
    ])
    expect(new Set(quotes.map((q) => q.speaker))).toEqual(new Set(['Donald J. Trump']))
  })

  test('two people with the same surname are not merged, and the bare surname stays as written', () => {
    const { quotes } = canonicalizeSpeakers([
      quote('a', 'Trevor Nicholson'),
      quote('a', 'Mary Nicholson'),
      quote('b', 'Nicholson'),
    ])
    expect(quotes.map((q) => q.speaker)).toEqual(['Trevor Nicholson', 'Mary Nicholson', 'Nicholson'])
  })

  test.each([
    ["Iran's foreign minister", 'Abbas Araghchi', 'Iranian Foreign Minister'],
    ['the US president', 'Donald Trump', 'US President'],
  ])('a definite role description "%s" becomes the one person with that role', (description, name, role) => {
    const { quotes } = canonicalizeSpeakers([quote('a', name, role), quote('b', description)])
    expect(quotes[1]?.speaker).toBe(name)
  })

  test('an indefinite description is never merged into a person', () => {
    const { quotes } = canonicalizeSpeakers([
      quote('a', 'Jane Doe', 'senior official'),
      quote('b', 'a senior official'),
    ])
    expect(quotes[1]?.speaker).toBe('a senior official')
  })

  test('lists every speaker once, with role and aliases', () => {
    const { speakers } = canonicalizeSpeakers([
      quote('a', 'Abbas Araghchi', 'Iranian Foreign Minister'),
      quote('b', 'Araghchi'),
      quote('b', 'an anonymous woman'),
    ])
    expect(speakers).toEqual([
      { name: 'Abbas Araghchi', role: 'Iranian Foreign Minister', aliases: ['Araghchi', 'Iranian Foreign Minister'] },
      { name: 'an anonymous woman', role: null, aliases: [] },
    ])
  })

  test('quotes without a speaker pass through', () => {
    expect(canonicalizeSpeakers([quote('a', null)]).quotes[0]?.speaker).toBeNull()
  })

  test('merges the same whatever order the quotes come in (an updated story merges as one built at once)', () => {
    const quotes = [
      quote('a', 'Abbas Araghchi', "Iran's foreign minister"),
      quote('b', 'Araghchi', 'Iranian Foreign Minister'),
      quote('c', "Iran's foreign minister"),
      quote('d', 'Donald Trump', 'US President'),
      quote('d', 'the US president'),
      quote('e', 'Trump'),
    ]
    const forward = canonicalizeSpeakers(quotes)
    const backward = canonicalizeSpeakers([...quotes].reverse())
    expect(backward.speakers).toEqual(forward.speakers)
    expect([...backward.quotes].reverse().map((q) => q.speaker)).toEqual(forward.quotes.map((q) => q.speaker))
  })
})
