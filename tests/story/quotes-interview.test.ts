/** An interview printed as questions and answers: the answers are the interviewee's, named before the first question. */
import { describe, expect, test } from 'vitest'
import { extractQuotes } from '../../src/story/quotes/index.js'
import { interviewee } from '../../src/story/quotes/interview.js'
import { article } from '../fixtures/quotes/article.js'

const INTERVIEW = [
  'Q&A with Senator Jane Roe.',
  'Senator Jane Roe spent Thursday in Dayton, where she spoke with a reporter from the Daily Planet, Richard Doe.',
  'Q: You have been talking about the economy. What do you make of the numbers?',
  'A: They are better than anyone expected. We are not done yet.',
  'Q: Will you run again?',
  'A: Not this year. My family comes first.',
]

const said = (paragraphs: string[]) =>
  extractQuotes(article(paragraphs), []).map((q) => ({ text: q.text, speaker: q.speaker }))

describe('an interview printed as questions and answers', () => {
  test('each answer is the words of the person the lead names most often', () => {
    expect(said(INTERVIEW)).toEqual(
      expect.arrayContaining([
        { text: 'They are better than anyone expected. We are not done yet.', speaker: 'Jane Roe' },
        { text: 'Not this year. My family comes first.', speaker: 'Jane Roe' },
      ]),
    )
  })

  test('the questions are nobody’s statements', () => {
    expect(said(INTERVIEW).some((q) => q.text.includes('Will you run again'))).toBe(false)
  })

  test('a single "A:" line, or answers with no question, make no interview', () => {
    expect(interviewee(INTERVIEW.slice(0, 4))).toBe(null)
    expect(interviewee(INTERVIEW.filter((p) => !p.startsWith('Q:')))).toBe(null)
    expect(interviewee(INTERVIEW)).toBe('Jane Roe')
  })

  test('no name before the first question: nobody is the interviewee', () => {
    expect(interviewee(['The senator spoke on Thursday.', ...INTERVIEW.slice(2)])).toBe(null)
  })
})
