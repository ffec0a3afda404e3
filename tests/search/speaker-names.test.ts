import { describe, expect, test } from 'vitest'
import { SpeakerNames } from '../../src/search/speaker-names.js'
import type { Speaker } from '../../src/story/types.js'

const araghchi: Speaker = { name: 'Abbas Araghchi', role: "Iran's foreign minister", aliases: ['Araghchi'] }
const witkoff: Speaker = { name: 'Steve Witkoff', role: 'US envoy', aliases: ['Witkoff'] }
const woman: Speaker = { name: 'an anonymous woman', role: null, aliases: [] }

describe('SpeakerNames', () => {
  test('finds a speaker by any name part, with one typo in a long word, and not by a description', () => {
    const names = new SpeakerNames([araghchi, witkoff, woman])
    expect(names.find('What did Araghchi say?')?.name).toBe('Abbas Araghchi')
    expect(names.find('what did araghchy say?')?.name).toBe('Abbas Araghchi')
    expect(names.find('What did Steve say?')?.name).toBe('Steve Witkoff')
    expect(names.find('What did the anonymous woman say?')).toBeNull()
  })

  test('the speaker matching more words wins; a tie goes to the first name in order', () => {
    const other: Speaker = { name: 'Steve Araghchi', role: null, aliases: [] }
    const names = new SpeakerNames([araghchi, other, witkoff])
    expect(names.find('What did Steve Witkoff say?')?.name).toBe('Steve Witkoff')
    expect(names.find('What did Araghchi say?')?.name).toBe('Abbas Araghchi')
  })

  test('a removed speaker is no longer found; one added later is', () => {
    const names = new SpeakerNames([araghchi])
    names.remove(araghchi)
    expect(names.find('What did Araghchi say?')).toBeNull()
    expect(names.find('What did Araghchy say?')).toBeNull()
    names.add(witkoff)
    expect(names.find('What did Witkof say?')?.name).toBe('Steve Witkoff')
  })

  test('a word in lower case names nobody when the story uses it as a common word; capitalised, it does', () => {
    const price: Speaker = { name: 'Ned Price', role: 'spokesman', aliases: ['Price'] }
    const names = new SpeakerNames([price, araghchi])
    const common = (word: string) => word !== 'price'
    expect(names.find('what did the oil price do?', common)).toBeNull()
    expect(names.find('What did Price say?', common)?.name).toBe('Ned Price')
    expect(names.find('what did araghchi say?', common)?.name).toBe('Abbas Araghchi')
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

  test('a description ending with a name is found by that name', () => {
    const dodge: Speaker = { name: 'former Bank of Canada governor David Dodge', role: null, aliases: [] }
    const names = new SpeakerNames([dodge, woman])
    expect(names.match('Dodge')?.names).toEqual(new Set([dodge.name]))
    expect(names.match('Canada')).toBeNull()
    expect(names.match('woman')).toBeNull()
  })
})
