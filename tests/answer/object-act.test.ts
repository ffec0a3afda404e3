import { describe, expect, test } from 'vitest'
import { Engine } from '../../src/engine.js'
import { article, quote, story } from '../helpers/story.js'

// A made-up interview about whether the mayor will pick a deputy, and a later report that the treasurer picked one.
const interview = article('interview', [
  'The host then asked if it was too early for Mayor Lena Park to pick a deputy.',
  '"I am not ruling anybody out as my deputy," Park said.',
])
const report = article('report', ['Treasurer Omar Reed picked Ivo Tam as his deputy on Monday.'])
const engine = new Engine(
  story(
    [interview, report],
    [quote(interview, 2, 'I am not ruling anybody out as my deputy', 'Lena Park')],
    [],
    [
      { name: 'Lena Park', role: 'mayor', aliases: ['Park'] },
      { name: 'Omar Reed', role: 'treasurer', aliases: ['Reed'] },
    ],
  ),
)

describe('"Who did X VERB …" is answered by a passage reporting the act as done', () => {
  test('a question about the act, or words on the topic without it, do not say whom X picked', () => {
    expect(engine.ask('Who did Lena Park pick as her deputy?').answer).toBeNull()
  })

  test('the act reported answers', () => {
    expect(engine.ask('Who did Omar Reed pick as his deputy?').answer?.text).toMatch(/picked Ivo Tam/)
  })
})
