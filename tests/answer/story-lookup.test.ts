import { describe, expect, test } from 'vitest'
import { StoryLookup } from '../../src/answer/story-lookup.js'
import type { Quote } from '../../src/story/types.js'
import { article } from '../helpers/story.js'

const quote = (articleId: string, paragraph: number, speaker: string, text: string): Quote => ({
  article: articleId,
  paragraph,
  text,
  kind: 'direct',
  speaker,
  role: null,
  said: null,
  source: 'Test',
  published: '2026-02-07',
  start: 0,
  end: text.length,
})

const a = article('a', ['Haddad said the talks were useful.'])
const c = article('c', ['Haddad said the border stays closed.'])
const b = article('b', ['Haddad said a deal was near.', 'Baptiste disagreed.'])

describe('StoryLookup updates', () => {
  test('an added article goes in corpus order, in the story and in each speaker’s statements', () => {
    const qa = quote('a', 1, 'Leila Haddad', 'the talks were useful')
    const qc = quote('c', 1, 'Leila Haddad', 'the border stays closed')
    const lookup = new StoryLookup({ articles: [a, c], dates: [], quotes: [qa, qc], speakers: [] })
    expect(lookup.statementsBy('Leila Haddad').map((s) => s.quote.article)).toEqual(['a', 'c'])
    const qb = quote('b', 1, 'Leila Haddad', 'a deal was near')
    lookup.setArticle({ article: b, dates: [], quotes: [qb] })
    expect(lookup.story.articles.map((x) => x.id)).toEqual(['a', 'b', 'c'])
    expect(lookup.story.quotes).toEqual([qa, qb, qc])
    expect(lookup.statementsBy('Leila Haddad').map((s) => s.quote.article)).toEqual(['a', 'b', 'c'])
    expect(lookup.quotes('b', 1)).toEqual([qb])
  })

  test('a replaced or removed article leaves nothing of its old version behind', () => {
    const old = quote('b', 2, 'Omar Baptiste', 'no')
    const lookup = new StoryLookup({ articles: [a, b], dates: [], quotes: [old], speakers: [] })
    expect(lookup.statementsBy('Omar Baptiste')).toHaveLength(1)
    lookup.setArticle({ article: b, dates: [], quotes: [] })
    expect(lookup.quotes('b', 2)).toEqual([])
    expect(lookup.statementsBy('Omar Baptiste')).toEqual([])
    lookup.removeArticle('b')
    expect(lookup.article('b')).toBeUndefined()
    expect(lookup.story.articles.map((x) => x.id)).toEqual(['a'])
  })

  test('speakers that did not change keep their objects; the name index follows the changes', () => {
    const haddad = { name: 'Leila Haddad', role: null, aliases: ['Haddad'] }
    const lookup = new StoryLookup({ articles: [a], dates: [], quotes: [], speakers: [haddad] })
    expect(lookup.speakerNames.match('Haddad')?.names).toEqual(new Set(['Leila Haddad']))
    const baptiste = { name: 'Omar Baptiste', role: null, aliases: ['Baptiste'] }
    lookup.setSpeakers([{ ...haddad }, baptiste])
    expect(lookup.speakers[0]).toBe(haddad)
    expect(lookup.speakerNames.match('Baptiste')?.names).toEqual(new Set(['Omar Baptiste']))
    lookup.setSpeakers([baptiste])
    expect(lookup.speakerNames.match('Haddad')).toBeNull()
  })
})
