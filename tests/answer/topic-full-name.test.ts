import { describe, expect, test } from 'vitest'
import { Engine } from '../../src/engine.js'
import { article, quote, story } from '../helpers/story.js'

// Two made-up stories with a Mr. Hale in each: the senator's old coach remembers Tom Hale; a decade earlier, another
// Hale, the governor, is the subject of an article that never writes "Tom".
const profile = article('profile', [
  'Tom Hale spent his summers at the lake as a boy.',
  '“He was always the captain of the rowing crew,” Mr. Dunn recalled.',
])
const earlier = article('earlier', [
  'Officials close to Governor Hale said the rowing crew would be the captain of the state team at the lake regatta.',
])
const engine = new Engine(
  story(
    [profile, earlier],
    [
      quote(profile, 2, 'He was always the captain of the rowing crew', 'Dunn'),
      quote(earlier, 1, 'the rowing crew would be the captain of the state team at the lake regatta', 'Officials', {
        kind: 'indirect',
      }),
    ],
    [],
    [
      { name: 'Tom Hale', role: 'senator', aliases: ['Hale'] },
      { name: 'Dunn', role: null, aliases: [] },
      { name: 'Officials', role: null, aliases: [] },
    ],
  ),
)

describe('a person a question names in full as its topic', () => {
  test('is not the one an article means that never writes their given name', () => {
    const a = engine.ask('Who remembers Tom Hale as the captain of the rowing crew at the lake?')
    expect(a.answer?.speaker).toBe('Dunn')
    expect(a.citations.map((c) => c.article)).not.toContain('earlier')
  })
})
