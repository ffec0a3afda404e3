import { describe, expect, test } from 'vitest'
import { understand } from '../../src/answer/understand.js'
import { Engine } from '../../src/engine.js'
import { wordNet } from '../../src/lexicon/wordnet.js'
import { article, quote, story } from '../helpers/story.js'

// A made-up story: two presidents, two lawyers and a club manager speak about a border wall and a golf club.
const border = article('border', [
  'Mexican President Jorge Salas said his country would never pay for the wall.',
  'US President Dana Kemp said the wall would be paid for by Mexico, one way or another.',
  'Ben Ortiz, a lawyer who sits on the National Golf Union board, praised the club for opening its course to juniors.',
  'Amy Fisk, a lawyer for the club, praised the club and its course. “The club is the best run in the state,” Fisk said.',
])
const s = story(
  [border],
  [
    quote(border, 1, 'his country would never pay for the wall', 'Jorge Salas', {
      kind: 'indirect',
      role: 'Mexican President',
    }),
    quote(border, 2, 'the wall would be paid for by Mexico, one way or another', 'Dana Kemp', {
      kind: 'indirect',
      role: 'US President',
    }),
    // the role as the quote analysis reads it, relative clause and all
    quote(border, 3, 'the club for opening its course to juniors', 'Ben Ortiz', {
      kind: 'indirect',
      role: 'lawyer who sits on the National Golf Union board',
    }),
    quote(border, 4, 'The club is the best run in the state,', 'Amy Fisk', { role: 'lawyer for the club' }),
  ],
  [],
  [
    { name: 'Jorge Salas', role: 'Mexican President', aliases: ['Salas'] },
    { name: 'Dana Kemp', role: 'US President', aliases: ['Kemp'] },
    { name: 'Ben Ortiz', role: null, aliases: ['Ortiz'] },
    { name: 'Amy Fisk', role: null, aliases: ['Fisk'] },
  ],
)
const engine = new Engine(s)
const asked = (q: string) => understand({ ...engine.answerContext, lexicon: wordNet() }, q).asked

describe('descriptions with a possessive country or a qualifier after the head', () => {
  test('a possessive country fits the demonym in the person\'s title ("Mexico\'s president": Mexican President)', () => {
    expect(asked("What did Mexico's president say about the wall?")).toEqual({
      kind: 'described',
      names: ['Jorge Salas'],
    })
    expect(engine.ask("What did Mexico's president say about the wall?").answer?.speaker).toBe('Jorge Salas')
    expect(engine.ask('What did the Mexican president say about the wall?').answer?.speaker).toBe('Jorge Salas')
  })

  test('a role with an organisation after "on" is read to its verb, however long ("Which lawyer on the … board")', () => {
    const q = 'Which lawyer on the National Golf Union board praised the club?'
    expect(asked(q)).toEqual({ kind: 'described', names: ['Ben Ortiz'] })
    expect(engine.ask(q).answer?.speaker).toBe('Ben Ortiz')
  })
})
