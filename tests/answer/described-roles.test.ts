import { describe, expect, test } from 'vitest'
import { compoundModifier } from '../../src/answer/head-spelling.js'
import { withPronounOwner } from '../../src/answer/pronoun-owner.js'
import { understand } from '../../src/answer/understand.js'
import { buildEngine } from '../../src/engine.js'
import { wordNet } from '../../src/lexicon/wordnet.js'
import { expandAbbreviation, expandAbbreviations } from '../../src/search/abbreviations.js'
import { tokenSpans } from '../../src/search/text-terms.js'
import { article } from '../helpers/story.js'

// Made-up wire stories: two foreign ministers, a refugee who leads a group and an activist elsewhere, a web
// host's spokesman beside a police spokesman.
const wellington = article(
  'wellington',
  [
    'WELLINGTON, New Zealand (AP) -- New Zealand condemned the harbour attacks on Friday.',
    'Foreign Minister Tom Hale said the attacks were the work of cowards.',
    '“Every country has the right to defend its people,” Hale said.',
  ],
  { title: 'New Zealand condemns harbour attacks' },
)
const canberra = article(
  'canberra',
  [
    'CANBERRA, Australia (AP) -- Australia sent condolences.',
    'Australian Foreign Minister Jan Bree said the attacks were a tragedy for the region.',
    'Environmental activist Joe Park said the harbour needed cleaning.',
  ],
  { title: 'Australia sends condolences' },
)
const exiles = article(
  'exiles',
  [
    'Sudan has been at war for years, and many of its people live abroad.',
    'A Sudanese refugee in Norway, Amina Osei, is a senior official of a group of exiled women. Ms. Osei says life in the camps has grown harder every year.',
  ],
  { title: 'Exiles describe life in the camps' },
)
const host = article(
  'host',
  [
    'A web site listing the addresses of judges went off-line on Thursday.',
    'Netlink, which hosted the site, shut it down for violating its rules, spokesman Carl Voss said.',
    'Police spokesman Ray Dunn said no one had been arrested.',
    'The site’s owner, Dave Pratt, said he would find a new host.',
  ],
  { title: 'Judges site off-line' },
)
const parliament = article(
  'parliament',
  [
    'Lawmakers called on the government to cancel the visit.',
    '“He is not welcome here,” said Dana Roe, a member of parliament.',
    'The shipping firm’s chief executive officer, Lee Tan, said the port would stay open.',
  ],
  { title: 'Lawmakers want visit cancelled' },
)
const engine = buildEngine([wellington, canberra, exiles, host, parliament], [])
const answer = (q: string) => engine.ask(q).answer
/** The speakers the question is read to ask about. */
const asked = (q: string) => understand(engine.answerContext, q).asked

describe('a speaker asked for by a description', () => {
  test('a country shortened as newsrooms do ("NZ") is the country: its foreign minister, not another', () => {
    expect(expandAbbreviation('NZ')).toEqual(['New', 'Zealand'])
    expect(expandAbbreviation('NZ’s')).toEqual(['New', 'Zealand’s'])
    expect(answer("What did NZ's FM say about the attacks?")?.speaker).toMatch(/Hale/)
    expect(answer("What did Australia's FM say about the attacks?")?.speaker).toMatch(/Bree/)
    // a party's nickname after a place is no title of a name ("Hun Sen"): written out; a vice president's too
    expect(expandAbbreviations(tokenSpans('the Vermont Dems chairwoman')).map((t) => t.token)).toEqual([
      'the',
      'Vermont',
      'Democrats',
      'chairwoman',
    ])
    expect(expandAbbreviations(tokenSpans('Hun Sen said')).map((t) => t.token)).toEqual(['Hun', 'Sen', 'said'])
    expect(expandAbbreviation('VP')).toEqual(['vice', 'president'])
    // only the table's own entries: an object's built-in names are no abbreviations
    expect(expandAbbreviation('Constructor')).toBeNull()
    expect(expandAbbreviations(tokenSpans('the toString of it')).map((t) => t.token)).toEqual([
      'the',
      'toString',
      'of',
      'it',
    ])
  })

  test('a role set before the name by a comma ("A Sudanese refugee in Norway, Amina Osei,") is her own', () => {
    expect(answer('What did the Sudanese refugee in Oslo say about the camps?')?.speaker).toMatch(/Osei/)
    // her own, not only a word near her name: a place that is not hers rules her out
    expect(asked('What did the Sudanese refugee in Oslo say?')).toEqual({ kind: 'described', names: ['Amina Osei'] })
    expect(asked('What did the Chadian refugee say?')?.kind).not.toBe('described')
  })

  test('a compound of two kinds of person fits by its first when its head fits nobody', () => {
    expect(answer('What did the Sudanese refugee activist say about life in the camps?')?.speaker).toMatch(/Osei/)
    expect(asked('What did the Sudanese refugee activist say?')).toEqual({ kind: 'described', names: ['Amina Osei'] })
    // the head still decides when it fits someone
    expect(answer('What did the environmental activist say about the harbour?')?.speaker).toMatch(/Park/)
    const words = tokenSpans('the refugee activist')
    expect(compoundModifier(words, 'activist', wordNet())).toBe('refugee')
    // "senior" is also an adjective; "Afghan" a name
    expect(compoundModifier(tokenSpans('a senior official'), 'official', wordNet())).toBeNull()
    expect(compoundModifier(tokenSpans('the Afghan activist'), 'activist', wordNet())).toBeNull()
  })

  test('"its spokesman" is the spokesman of the question’s subject', () => {
    const q = 'Why did the web host shut down the site, according to its spokesman?'
    const start = q.indexOf('its spokesman')
    const slot = { text: 'its spokesman', start, end: start + 13, asked: false, says: false }
    expect(withPronounOwner(q, slot).text).toBe("the web host's spokesman")
    expect(withPronounOwner('What did its spokesman say?', { ...slot, start: 9, end: 22 })).toEqual({
      ...slot,
      start: 9,
      end: 22,
    })
    expect(answer(q)?.speaker).toMatch(/Voss/)
    expect(asked(q)).toEqual({ kind: 'described', names: ['Carl Voss'] })
  })

  test('a spokesman given no organisation speaks for the name opening the sentence, and what it does', () => {
    expect(asked('What did the Netlink spokesman say?')).toEqual({ kind: 'described', names: ['Carl Voss'] })
    expect(asked("What did the web host's spokesman say?")).toEqual({ kind: 'described', names: ['Carl Voss'] })
    expect(asked('What did the police spokesman say?')).toEqual({ kind: 'described', names: ['Ray Dunn'] })
  })

  test('a title of several words is also its initials, as newsrooms shorten it ("member of parliament": MP)', () => {
    expect(asked('What did the MP say about the visit?')).toEqual({ kind: 'described', names: ['Dana Roe'] })
    expect(asked('What did the shipping firm’s CEO say?')).toEqual({ kind: 'described', names: ['Lee Tan'] })
  })
})
