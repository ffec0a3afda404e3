import { describe, expect, test } from 'vitest'
import { understand } from '../../src/answer/understand.js'
import { buildEngine } from '../../src/engine.js'
import { article } from '../helpers/story.js'

// A made-up summit: Latvia's foreign minister and Estonia's defence minister speak; nobody quoted is Latvia's
// defence minister.
const summit = article(
  'summit',
  [
    'RIGA, Latvia (AP) -- Ministers from the Baltic states met on Friday to discuss the cost of joining the alliance.',
    '“The door must stay open,” said Latvian Foreign Minister Ilze Berzina.',
    'Estonian Defense Minister Mart Tamm said the cost of new jets would be shared.',
  ],
  { title: 'Baltic ministers meet' },
)
const engine = buildEngine([summit], [])
const asked = (q: string) => understand(engine.answerContext, q).asked

describe('a title of two words names a kind of its head', () => {
  test('"the Latvian defense minister" is not the Latvian foreign minister', () => {
    expect(asked('What did the Latvian defense minister say about the cost of joining the alliance?')).toEqual({
      kind: 'unquoted',
      name: 'the Latvian defense minister',
    })
  })

  test('the description that fits still finds the person, abbreviated or not', () => {
    expect(asked('What did the Latvian foreign minister say?')).toEqual({ kind: 'described', names: ['Ilze Berzina'] })
    expect(asked('What did the Latvian FM say?')).toEqual({ kind: 'described', names: ['Ilze Berzina'] })
    expect(asked('What did the Estonian defense minister say?')).toEqual({ kind: 'described', names: ['Mart Tamm'] })
  })
})
