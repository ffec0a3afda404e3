import { describe, expect, test } from 'vitest'
import { Engine } from '../../src/engine.js'
import { article, quote, story } from '../helpers/story.js'

// Two made-up stories: the mayor on refugees in general, in an article that never names Ashford; and the Ashford
// welcome, where only a teacher speaks.
const general = article('general', ['"Refugees are welcome in this state," Mayor Lena Park said on Monday.'])
const ashford = article('ashford', [
  'Families from Syria took the stage at the Ashford community hall on Friday.',
  '"Thanks, Ashford, for welcoming these refugees," said Ivo Tam, a teacher.',
])
const engine = new Engine(
  story(
    [general, ashford],
    [
      quote(general, 1, 'Refugees are welcome in this state', 'Lena Park'),
      quote(ashford, 2, 'Thanks, Ashford, for welcoming these refugees', 'Ivo Tam'),
    ],
    [],
    [
      { name: 'Lena Park', role: 'mayor', aliases: ['Park'] },
      { name: 'Ivo Tam', role: 'teacher', aliases: ['Tam'] },
    ],
  ),
)

describe('"What did X say about" a named topic: X\'s statement in an article that never names it is no answer', () => {
  test("the mayor's words elsewhere do not tell what she said of the Ashford welcome", () => {
    expect(engine.ask('What did Park say about the Ashford event welcoming refugees?').answer).toBeNull()
  })

  test("the teacher's words in the Ashford story answer", () => {
    expect(engine.ask("What did Tam say about Ashford's welcome for refugees?").answer?.speaker).toBe('Ivo Tam')
  })

  test('a topic without a name is unchanged', () => {
    expect(engine.ask('What did Park say about refugees?').answer?.speaker).toBe('Lena Park')
  })
})
