/** Reporter-phrased questions on the bundled launch corpus: the right passage in the top 3, or no answer. */
import { join } from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import { type Engine, openEngine } from '../../src/engine.js'

let engine: Engine
beforeAll(async () => {
  engine = await openEngine({ corpusDir: join(import.meta.dirname, '..', '..', 'corpus'), timezone: 'UTC' })
})

describe('answered from the right passage', () => {
  test.each([
    ['What did Iran’s foreign minister say about the missile programme?', 'defence issue'],
    ['Is Iran willing to negotiate on its missiles?', 'negotiable'],
    ['Who led the American delegation?', 'led by U.S. envoy Steve Witkoff'],
    ['Where were the talks held?', 'held in Oman on Friday'],
    ['What new sanctions did the US announce?', 'new sanctions against numerous shipping entities'],
    ['How many people were arrested during the protests?', '50,000 arrests'],
    ['What executive order did Trump sign?', 'executive order'],
    ['What tariffs did Trump impose?', 'tariffs'],
    ['What did al-Shayji say?', 'al-Shayji'],
    ['What did the Kuwait University expert say?', 'Kuwait University'],
    ['What is the death toll from the protests?', '3,117 deaths'],
    ['What did Araghchi say about trust?', 'trust'],
    ['what did aragchi say about enrichment', 'enrichment'],
  ])('%s', (question, passage) => {
    const a = engine.ask(question)
    expect(a.answer).not.toBeNull()
    expect(a.citations.slice(0, 3).some((c) => c.text.includes(passage))).toBe(true)
    expect(a.citations[0]?.text).toContain(a.answer?.text)
  })
})

describe('who and when', () => {
  test.each([
    ['Who called the talks very good?', 'Donald Trump'],
    ['Who said the talks were a good start?', 'Abbas Araghchi'],
    ['What did Trump say about the talks?', 'Donald Trump'],
    ['Who said Iran is at its weakest point?', 'Abdullah al-Shayji'],
  ])('%s → %s', (question, speaker) => expect(engine.ask(question).answer?.speaker).toBe(speaker))

  test.each([
    ['When were the talks in Oman?', '2026-02-06'],
    ['When did nuclear talks collapse?', '2025'],
    ['When is the next round of talks?', '2026-W07'],
    ['When was the 12-day war?', '2025'],
  ])('%s → %s', (question, date) => expect(engine.ask(question).answer).toMatchObject({ date, dateBasis: 'stated' }))
})

describe('not covered', () => {
  test.each([
    'Who is the president of France?',
    'What did Putin say about the talks?',
    'What is the capital of Australia?',
    'What is the weather in London?',
    'Who won the Champions League?',
  ])('%s', (question) => {
    const a = engine.ask(question)
    expect(a.answer).toBeNull()
    expect(a.citations).toEqual([])
  })
})
