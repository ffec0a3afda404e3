import { describe, expect, test } from 'vitest'
import { SpeakerNames } from '../../src/search/speaker-names.js'
import type { Speaker } from '../../src/story/types.js'

const araghchi: Speaker = { name: 'Abbas Araghchi', role: "Iran's foreign minister", aliases: ['Araghchi'] }
const witkoff: Speaker = { name: 'Steve Witkoff', role: 'US envoy', aliases: ['Witkoff'] }
const woman: Speaker = { name: 'an anonymous woman', role: null, aliases: [] }

describe('SpeakerNames', () => {
  test('finds a speaker by any name part, with one typo in a long word, and not by a description', () => {
    const names = new SpeakerNames([araghchi, witkoff, woman])
    expect(names.match('Araghchi')?.names).toEqual(new Set(['Abbas Araghchi']))
    expect(names.match('araghchy')?.names).toEqual(new Set(['Abbas Araghchi']))
    expect(names.match('Steve')?.names).toEqual(new Set(['Steve Witkoff']))
    expect(names.match('woman')).toBeNull()
    expect(names.match('anonymous')).toBeNull()
  })

  test('a part two speakers share names both', () => {
    const other: Speaker = { name: 'Steve Araghchi', role: null, aliases: [] }
    const names = new SpeakerNames([araghchi, other, witkoff])
    expect(names.match('Araghchi')?.names).toEqual(new Set(['Abbas Araghchi', 'Steve Araghchi']))
    expect(names.match('Witkoff')?.names).toEqual(new Set(['Steve Witkoff']))
  })

  test('a removed speaker is no longer found; one added later is', () => {
    const names = new SpeakerNames([araghchi])
    names.remove(araghchi)
    expect(names.match('Araghchi')).toBeNull()
    expect(names.match('Araghchy')).toBeNull()
    names.add(witkoff)
    expect(names.match('Witkof')?.names).toEqual(new Set(['Steve Witkoff']))
  })

  test('one edit in a name of four or more letters, or the same sound, when only one name part matches', () => {
    const trump: Speaker = { name: 'Donald Trump', role: 'US president', aliases: ['Trump'] }
    const shabaab: Speaker = { name: 'al-Shabaab', role: 'militant group', aliases: [] }
    const names = new SpeakerNames([araghchi, witkoff, trump, shabaab])
    expect(names.match('Trunp')).toMatchObject({ how: 'edit', part: 'trump' })
    expect(names.match('Trupm')?.names).toEqual(new Set(['Donald Trump']))
    expect(names.match('Araqchi')).toMatchObject({ how: 'sound', part: 'araghchi' })
    expect(names.match('Shabab')?.names).toEqual(new Set(['al-Shabaab']))
    expect(names.match('Trump')).toMatchObject({ how: 'exact' })
    // "Dona" is one edit from nobody's name part; "Abba" is one edit from "Abbas" only
    expect(names.match('Dona')).toBeNull()
    expect(names.match('Abba')?.names).toEqual(new Set(['Abbas Araghchi']))
  })

  test('a name matching two different name parts with one edit names nobody', () => {
    const a: Speaker = { name: 'Anna Lamb', role: null, aliases: [] }
    const b: Speaker = { name: 'Boris Lame', role: null, aliases: [] }
    const names = new SpeakerNames([a, b])
    expect(names.match('Lamx')).toBeNull()
    expect(names.match('Lamb')?.names).toEqual(new Set(['Anna Lamb']))
  })

  test('a person with a name is not found by the names in a description of them (the people it is about)', () => {
    const starr: Speaker = {
      name: 'Kenneth Starr',
      role: 'Whitewater independent counsel who pursued Bill Clinton',
      aliases: ['Starr', 'Whitewater independent counsel who pursued Bill Clinton'],
    }
    const carville: Speaker = { name: 'James Carville', role: 'Clinton ally', aliases: ['Carville', 'Clinton ally'] }
    const biden: Speaker = { name: 'Biden', role: null, aliases: ['recalling weekly breakfasts with Mrs. Clinton'] }
    const clinton: Speaker = { name: 'Hillary Clinton', role: null, aliases: ['Clinton', 'Hillary Rodham Clinton'] }
    const shayji: Speaker = { name: 'Abdullah al-Shayji', role: 'expert', aliases: ['al-Shayji'] }
    const names = new SpeakerNames([starr, carville, biden, clinton, shayji])
    expect(names.match('Clinton')?.names).toEqual(new Set(['Hillary Clinton']))
    expect(names.match('Rodham')?.names).toEqual(new Set(['Hillary Clinton']))
    expect(names.match('Starr')?.names).toEqual(new Set(['Kenneth Starr']))
    expect(names.match('Shayji')?.names).toEqual(new Set(['Abdullah al-Shayji']))
  })

  test('a person speaking for the one a description names is found by that name ("Tinder spokeswoman")', () => {
    const pambakian: Speaker = {
      name: 'Rosette Pambakian',
      role: 'Tinder spokeswoman',
      aliases: ['Pambakian', 'Tinder spokeswoman'],
    }
    expect(new SpeakerNames([pambakian]).match('Tinder')?.names).toEqual(new Set(['Rosette Pambakian']))
  })

  test('a description ending with a name is found by that name', () => {
    const dodge: Speaker = { name: 'former Bank of Canada governor David Dodge', role: null, aliases: [] }
    const names = new SpeakerNames([dodge, woman])
    expect(names.match('Dodge')?.names).toEqual(new Set([dodge.name]))
    expect(names.match('Canada')).toBeNull()
    expect(names.match('woman')).toBeNull()
  })

  test('a description of people against or for someone does not have their name', () => {
    const foes: Speaker = { name: 'most obdurate foes of Castro', role: null, aliases: ['Castro'] }
    expect(new SpeakerNames([foes]).match('Castro')).toBeNull()
  })
})
