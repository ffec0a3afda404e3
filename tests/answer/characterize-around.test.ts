import { expect, test } from 'vitest'
import { Engine } from '../../src/engine.js'
import { article, quote, story } from '../helpers/story.js'

// A made-up story: the writer names the meeting, then the minister characterizes it in other words ("the
// atmosphere"); another paragraph has the minister on the meeting without characterizing anything.
const summit = article('summit', [
  'Trade Minister Ines Calloway said she hoped the Harwick talks on river tolls would resume within weeks.',
  'The talks, held in Harwick on Friday, were the first between the two sides in a decade. Calloway described the atmosphere as “warm and businesslike” and said a second round was likely.',
  'Toll revenues on the river fell by a third last year.',
  'Barge operators have asked for lower tolls since the spring floods.',
  'The river carries about a fifth of the region’s grain to the coast.',
  'Shipping firms expect a decision on tolls before the harvest.',
  'Two locks on the lower river are closed for repairs until June.',
])
const s = story(
  [summit],
  [
    quote(summit, 1, 'she hoped the Harwick talks on river tolls would resume within weeks', 'Ines Calloway', {
      kind: 'indirect',
      role: 'Trade Minister',
    }),
    quote(summit, 2, 'warm and businesslike', 'Ines Calloway', { role: 'Trade Minister' }),
    quote(summit, 2, 'a second round was likely', 'Ines Calloway', { kind: 'indirect', role: 'Trade Minister' }),
  ],
  [],
  [{ name: 'Ines Calloway', role: 'Trade Minister', aliases: ['Calloway'] }],
)
const engine = new Engine(s)

test('"How did X describe Y": X\'s characterizing sentence answers where the writer names Y around it', () => {
  const a = engine.ask('How did Calloway describe the mood at the Harwick meeting?')
  expect(a.answer?.text).toMatch(/described the atmosphere as/)
})

test('a statement that characterizes nothing is still the answer to what X said about the talks', () => {
  const a = engine.ask('What did Calloway say about resuming the Harwick talks?')
  expect(a.answer?.text).toMatch(/would resume within weeks/)
})
