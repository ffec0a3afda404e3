import { expect, test } from 'vitest'
import { SpeakerProfiles } from '../../src/answer/speaker-profiles.js'
import { Engine } from '../../src/engine.js'
import { wordNet } from '../../src/lexicon/wordnet.js'
import { article } from '../helpers/story.js'

const paper = (id: string, lines: string[]) => article(id, lines, { title: `${id} coverage` })

test('profiles kept up to date one article at a time are those of the final story built at once', () => {
  const engine = new Engine({ articles: [], dates: [], quotes: [], speakers: [] })
  const a = paper('a', ['Iranian Foreign Minister Ali Rezaei said the talks were a good start.'])
  const b = paper('b', ['“We are ready,” said Mia Lund, the head of the council.'])
  const b2 = paper('b', ['His chief strategist, Mia Lund, said the council was ready.'])
  const c = paper('c', ['Mayor Joan Kerr said the bridge would reopen. Rezaei did not comment.'])
  engine.applyArticle(a)
  engine.applyArticle(b)
  engine.applyArticle(c)
  engine.applyArticle(b2)
  engine.removeArticle('c')
  const kept = engine.answerContext.profiles
  expect(kept?.snapshot().length).toBeGreaterThan(0)
  const fresh = SpeakerProfiles.of(new Engine(engine.story).answerContext.lookup, wordNet())
  expect(kept?.snapshot()).toEqual(fresh.snapshot())
  // what the changed article says now, and nothing of what it said before
  expect(kept?.holders('strategist').get('Mia Lund')).toBe(1)
  expect(kept?.holders('council').has('Mia Lund')).toBe(true)
  expect(kept?.holders('head').has('Mia Lund')).toBe(false)
  expect(kept?.holders('mayor').size).toBe(0)
})
