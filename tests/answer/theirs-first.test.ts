import { describe, expect, test } from 'vitest'
import { Engine } from '../../src/engine.js'
import { article, quote, story } from '../helpers/story.js'

// A made-up wire story: investigators' paragraph shares every word of the question; the professor's statements share
// fewer, one of them only through the paragraph around it.
const wire = article('wire', [
  'A rifle found near the home of a slain doctor may hold clues for the detectives hunting the gunman.',
  'Investigators said Friday they found a rifle buried near his home in the quiet suburb.',
  'The gun was sent to a federal laboratory in the capital for tests.',
  '“If it is not too badly rusted, they may match the bullet to the weapon,” said Walter Roan, a forensics professor at the state university.',
  'The rifle might also carry fibers or a serial number that can be traced to the buyer, Roan said.',
  'The search of the wooded lot took most of Thursday.',
  'Neighbours said the street had been quiet for weeks.',
])
const engine = new Engine(
  story(
    [wire],
    [
      quote(wire, 2, 'they found a rifle buried near his home in the quiet suburb', 'investigators', {
        kind: 'indirect',
      }),
      quote(wire, 4, 'If it is not too badly rusted, they may match the bullet to the weapon', 'Walter Roan'),
      quote(wire, 5, 'The rifle might also carry fibers or a serial number', 'Walter Roan', { kind: 'indirect' }),
      quote(wire, 7, 'the street had been quiet for weeks', 'Neighbours', { kind: 'indirect' }),
    ],
    [],
    [
      { name: 'Walter Roan', role: 'forensics professor', aliases: ['Roan'] },
      { name: 'investigators', role: null, aliases: [] },
      { name: 'Neighbours', role: null, aliases: [] },
    ],
  ),
)

describe('"what did X say about Y": X\'s statements on the topic come before others\' that share more words', () => {
  test('asked by a description', () => {
    const a = engine.ask('What did the forensics professor say about the rifle found near the home?')
    expect(a.answer?.speaker).toBe('Walter Roan')
    expect(a.citations.map((c) => c.paragraph).slice(0, 2)).toEqual([5, 4])
  })

  test('asked by name', () => {
    const a = engine.ask('What did Walter Roan say about the rifle found near the home?')
    expect(a.answer?.speaker).toBe('Walter Roan')
    expect(a.answer?.text).toMatch(/serial number/)
  })

  test('none of their statements touching the topic, the question gets no statement of theirs', () => {
    const a = engine.ask('What did Walter Roan say about the quiet street?')
    expect(a.answer).toBeNull()
    expect(a.notQuotedOn).toBe('Walter Roan')
  })
})
