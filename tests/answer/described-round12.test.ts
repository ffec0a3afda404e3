import { describe, expect, test } from 'vitest'
import { understand } from '../../src/answer/understand.js'
import { buildEngine } from '../../src/engine.js'
import { findSpeakerSlot } from '../../src/search/speaker-slot.js'
import { article } from '../helpers/story.js'

// Made-up stories: two senators, one introduced after "of" and a state, the other after a party in brackets, each
// with an apposition saying whom they endorse; a former governor quoted by his full name; a town's mayor introduced
// after "of" a city and its state; a campaign chief who talked to a newspaper.
const race = article(
  'race',
  [
    'Supporters of Dana Holt pressed the party on Friday to change its nominating rules.',
    '“We should scrap the bonus delegates,” said Sen. Paul Reyes of Nevada, the only senator to endorse Holt.',
    'Sen. Carla Boone (D-Ind.), a longtime backer of Mark Ellis, said the rules had served the party well.',
    '“Nothing is broken here,” Boone said of the delegates, adding that Holt had run a strong race.',
    'Holt told supporters the fight over the delegates would go on.',
  ],
  { title: 'Holt backers press party on delegates' },
)
const governor = article(
  'governor',
  [
    '“If he keeps it up, it could get ugly,” said Edward T. Marsh, a former Iowa governor, of the attacks on Ellis.',
    'Marsh said the primary had gone on long enough.',
  ],
  { title: 'Party elders worry about tone' },
)
const town = article(
  'town',
  [
    '“We will not close it,” said Mayor Ruth Kemp of Dayton, Ohio, a retired nurse.',
    'Kemp said the clinic would stay open.',
  ],
  { title: 'Clinic stays open' },
)
const chief = article(
  'chief',
  [
    'In an interview with The Herald in March, a confident Lou Brandt bragged about the campaign.',
    '“This is not a close race,” he said, citing the polls.',
  ],
  { title: 'The campaign chief' },
)
const engine = buildEngine([race, governor, town, chief], [])
const asked = (q: string) => understand(engine.answerContext, q).asked
const answer = (q: string) => engine.ask(q).answer

describe('round 12: the speaker asked for by a description', () => {
  test('an apposition after "NAME of PLACE," or "NAME (D-Ind.)," is the person\'s own description', () => {
    expect(asked('What did the only senator to endorse Holt say about the delegates?')).toEqual({
      kind: 'described',
      names: ['Paul Reyes'],
    })
    expect(answer('What did the only senator to endorse Holt say about the delegates?')?.speaker).toMatch(/Reyes/)
    expect(asked('What did the backer of Ellis in the Senate say?')?.kind).not.toBe('unquoted')
    expect(asked('What did the senator who backs Ellis say about the delegates?')).toEqual({
      kind: 'described',
      names: ['Carla Boone'],
    })
    // a city and its state before the apposition ("of Dayton, Ohio, a retired nurse")
    expect(asked('What did the retired nurse say about the clinic?')).toEqual({
      kind: 'described',
      names: ['Ruth Kemp'],
    })
  })

  test("a name after the head counts only in the person's own words, not as a name the story writes near them", () => {
    // Boone is near "Holt" in her paragraph; only Reyes is described as endorsing Holt
    expect(asked('What did the senator to endorse Holt say?')).toEqual({ kind: 'described', names: ['Paul Reyes'] })
  })

  test('a title in lower case then a given name and surname is a name, however the title is abbreviated', () => {
    expect(asked('What did the ex-Iowa gov Ed Marsh warn about the attacks on Ellis?')).toEqual({
      kind: 'named',
      names: ['Edward T. Marsh'],
    })
    expect(answer('What did the ex-Iowa gov Ed Marsh warn about the attacks on Ellis?')?.speaker).toBe(
      'Edward T. Marsh',
    )
    // a title written in capitals after the article is no name
    expect(asked('What did the Foreign Minister say?')?.kind).not.toBe('named')
  })

  test('"How hard / strongly did X tell …" asks for X\'s words, a degree of them', () => {
    expect(findSpeakerSlot('How hard did Lou Brandt tell The Herald the race would be?')?.text).toBe('Lou Brandt')
    expect(findSpeakerSlot('How strongly did the minister say she opposed the plan?')?.text).toBe('the minister')
    expect(answer('How hard did Lou Brandt tell The Herald in March the race would be?')?.speaker).toBe('Lou Brandt')
  })
})
