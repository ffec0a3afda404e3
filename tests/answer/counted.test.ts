import { describe, expect, test } from 'vitest'
import { countedStems, counts, numbersIn, writtenNumbers } from '../../src/answer/counted.js'
import { Engine } from '../../src/engine.js'
import { article, story } from '../helpers/story.js'

describe('what "how many" counts', () => {
  test('the words after "how many / how much", up to the verb', () => {
    expect([...countedStems('How many US visas did the delegation get?')]).toEqual(['usa', 'visa'])
    expect([...countedStems('How many pledged delegates does Clinton have?')]).toEqual(['pledg', 'deleg'])
    expect([...countedStems('How much did the campaign raise in Colorado?')]).toEqual([])
  })

  test('a number counts the word after it, or a list label before it', () => {
    const text = 'He pledged 700,000 new jobs. Minnesota (around $240,000), Colorado: 12. Ohio was 3rd, 5 days on.'
    const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length })
    const numbers = numbersIn(text, { start: 0, end: text.length }, writtenNumbers('How many in 2010?'))
    const [jobs, minnesota, colorado] = numbers
    expect(jobs && counts(text, jobs, at('jobs'))).toBe(true)
    expect(minnesota && counts(text, minnesota, at('Minnesota'))).toBe(true)
    expect(colorado && counts(text, colorado, at('Colorado'))).toBe(true)
    expect(colorado && counts(text, colorado, at('Minnesota'))).toBe(false)
    expect(jobs && counts(text, jobs, at('Ohio'))).toBe(false)
  })
})

describe('"how many" answered by the sentence with the number', () => {
  const a = article('springfield', [
    'I ran for mayor of Springfield in 2010 to create a new economy. I pledged to create 7,000 jobs in five years.',
    'The review found that 90 percent of the mayor’s harbour claims were sound. For that claim, he earns Three Stars.',
    'The campaign raised money in three states last year. Donations by state: Minnesota (around $240,000), Colorado (around $700,000).',
  ])
  const e = new Engine(story([a]))

  test('the next sentence of the paragraph, when the one most like the question has no number', () => {
    expect(e.ask('How many jobs did the Springfield mayor promise to create when he ran in 2010?').answer?.text).toBe(
      'I pledged to create 7,000 jobs in five years.',
    )
  })

  test('a number word right before what is counted, not the number the question writes itself', () => {
    expect(
      e.ask('How many stars did the review give the mayor’s claim that 90 percent of his harbour claims were sound?')
        .answer?.text,
    ).toBe('For that claim, he earns Three Stars.')
  })

  test('the number beside the name asked about in a list', () => {
    expect(e.ask('How much did the campaign raise in Colorado last year?').answer?.text).toBe(
      'Donations by state: Minnesota (around $240,000), Colorado (around $700,000).',
    )
  })
})
