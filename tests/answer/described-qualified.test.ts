import { describe, expect, test } from 'vitest'
import { introducedAs } from '../../src/answer/introduced-as.js'
import { understand } from '../../src/answer/understand.js'
import { buildEngine } from '../../src/engine.js'
import { wordNet } from '../../src/lexicon/wordnet.js'
import { parseQuestion } from '../../src/search/parse-question.js'
import { describedSubject } from '../../src/search/speaker-slot.js'
import { article } from '../helpers/story.js'

// Made-up wire stories: a premier quoted by name alone after a paragraph that gives only her role, beside premiers
// of other places; a ministry quoted, then its spokeswoman; a foreign minister who met envoys; the man who runs a
// lobbying arm and a woman who works for it; an expert at a university and one at a think tank.
const ferry = article(
  'ferry',
  [
    'The harbour city wants to replace its ageing ferries with a bridge, and says the cost is manageable.',
    'That is a claim B.C.’s premier does not accept.',
    '“A bridge will cost twice what they say, and it will take ten years,” Mary Quill told reporters on Tuesday.',
    'Ontario Premier Dan Reed said his province had no plans for new bridges.',
    'British Prime Minister Tom Lane said the ferry contract was a matter for the Canadians.',
  ],
  { title: 'Harbour city bets on a bridge' },
)
const pensions = article(
  'pensions',
  [
    'Veterans Affairs said in a statement that pension letters are reviewed every week.',
    '“Every letter is checked twice before it is sent,” spokeswoman Lena Fisk said in an email.',
    'Defence Minister Omar Price said the pension rules would not change this year.',
  ],
  { title: 'Pension letters under review' },
)
const talks = article(
  'talks',
  [
    'Iranian Foreign Minister Reza Kamali met the American envoys in Muscat on Friday.',
    'Kamali said there had been a chance to shake hands with the American delegation.',
  ],
  { title: 'Envoys meet in Muscat' },
)
const guns = article(
  'guns',
  [
    'The gun group accused the president of exploiting the shootings.',
    'Dale Voss, who runs the gun group’s lobbying arm, said the new rules would not have stopped a single attack.',
    'Nina Ortiz, who works for the gun group’s lobbying arm, said its members would write to Congress.',
  ],
  { title: 'Gun group hits back' },
)
const experts = article(
  'experts',
  [
    'Lina Haddad, a regional security expert at Amman University, said she was not optimistic.',
    '“The pressure on Tehran has never been greater, and the other side knows it,” Haddad said from a forum in Doha.',
    'Omar Saleh, a sanctions expert at the Brookings Institution, said the fleet movements were a warning.',
    '“Warships are a message, not a plan,” Saleh said.',
  ],
  { title: 'Experts weigh the pressure on Tehran' },
)
const engine = buildEngine([ferry, pensions, talks, guns, experts], [])
const answer = (q: string) => engine.ask(q).answer
const asked = (q: string) => understand(engine.answerContext, q).asked

describe('a description with a qualifier', () => {
  test('a place written with its initials ("B.C.’s premier") rules out the premiers of other places', () => {
    // nobody the coverage gives the role is of British Columbia; the paragraph that writes "B.C.’s premier" comes
    // right before the statement of the person it means, quoted by name alone
    expect(asked('What did B.C.’s premier say about the bridge?')).toEqual({
      kind: 'described',
      names: ['Mary Quill'],
    })
    expect(answer('What did B.C.’s premier say about the bridge?')?.speaker).toMatch(/Quill/)
    // the premier of a place the coverage gives someone is theirs
    expect(asked("What did Ontario's premier say?")).toEqual({ kind: 'described', names: ['Dan Reed'] })
    // a place written with no description of anyone in that place: nobody so described is quoted
    expect(asked("What did Manitoba's premier say about the bridge?")?.kind).toBe('unquoted')
  })

  test('the description is written as asked: the place right before the head, or after it and "of"', () => {
    const { lookup, index } = engine.answerContext
    expect(introducedAs(lookup, index, ['premier'], ['B.C.', 'British Columbia'])).toEqual(['Mary Quill'])
    // a place beside another title is not the description ("Iranian Foreign Minister" is no Iranian defence minister)
    expect(introducedAs(lookup, index, ['minist'], ['Iranian'])).toEqual([])
    expect(introducedAs(lookup, index, ['premier'], ['Manitoba'])).toEqual([])
  })

  test('a role named for a man is the same role named for a woman or a person', () => {
    expect(asked('What did a Veterans Affairs spokesman say about the letters?')).toEqual({
      kind: 'described',
      names: ['Lena Fisk'],
    })
    expect(answer('What did a Veterans Affairs spokesman say about the letters?')?.speaker).toMatch(/Fisk/)
  })

  test('"who runs X", "who heads X" say the person is the head of X', () => {
    expect(asked('What did the head of the lobbying arm say about the new rules?')).toEqual({
      kind: 'described',
      names: ['Dale Voss'],
    })
    expect(answer('What did the head of the lobbying arm say about the new rules?')?.speaker).toMatch(/Voss/)
    // working for it is no charge of it
    expect(asked('What did the head of the lobbying arm say?')).not.toEqual({
      kind: 'described',
      names: ['Nina Ortiz'],
    })
  })

  test('an academic is someone the coverage places at a university, as WordNet has universities part of academia', () => {
    expect(wordNet().parts?.('academia')).toEqual(expect.arrayContaining(['university', 'college']))
    expect(answer('Which academic said the pressure on Tehran has never been greater?')?.speaker).toMatch(/Haddad/)
    // an expert at an institution that is no part of academia is no academic
    expect(asked('Which academic said warships are a message?')).toEqual({ kind: 'described', names: ['Lina Haddad'] })
  })

  test('a yes/no question about a description asks about the people it fits', () => {
    const verbs = {
      isVerb: (w: string) =>
        wordNet()
          .senses(w)
          .some((s) => s.pos === 'verb'),
      isModifier: (w: string) => wordNet().senses(w)[0]?.pos === 'adj',
    }
    expect(describedSubject("Did Iran's top diplomat meet the American envoys?", verbs)?.text).toBe(
      "Iran's top diplomat",
    )
    expect(describedSubject('Did the foreign minister shake hands with them?', verbs)?.text).toBe(
      'the foreign minister',
    )
    // a named subject is no description
    expect(describedSubject('Did Kamali meet the envoys?', verbs)).toBeNull()
    expect(parseQuestion('What did the minister say?').subjectDescription).toBeNull()
    const u = understand(engine.answerContext, "Did Iran's top diplomat shake hands with the American delegation?")
    expect(u.subjects).toEqual(['Reza Kamali'])
    expect(answer("Did Iran's top diplomat shake hands with the American delegation?")?.speaker).toMatch(/Kamali/)
  })
})
