import { describe, expect, test } from 'vitest'
import { SpeakerDirectory, type SpeakerUse } from '../../src/story/quotes/index.js'

const SPEAKERS = [
  'Abbas Araghchi',
  'Seyed Abbas Araghchi',
  'Araghchi',
  'Donald Trump',
  'Donald J. Trump',
  'Trump',
  'Trevor Nicholson',
  'Mary Nicholson',
  'Mr. Nicholson',
  'Nicholson',
  'Steve Witkoff',
  'Witkoff',
  'Badr Albusaidi',
  'Smith and Jones',
  'Hamas',
  'the US president',
  "Iran's foreign minister",
  'the foreign minister',
  'the Omani foreign minister',
  'the US envoy',
  'a senior official',
  'an anonymous woman',
  'officials',
]
const ROLES = [
  null,
  null,
  "Iran's foreign minister",
  'Iranian Foreign Minister',
  'US President',
  'US envoy',
  "Oman's foreign minister",
  'foreign minister',
  'senior official',
]

/** A small seeded generator (the same sequence on every run). */
function random(seed: number) {
  let x = seed
  return (n: number) => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0
    return (x >>> 8) % n
  }
}

const snapshot = (d: SpeakerDirectory) => ({ names: new Map(d.names), speakers: structuredClone(d.speakers) })

describe('SpeakerDirectory', () => {
  test.each([1, 2, 3, 4, 5])('changed article by article, it merges exactly as one built at once (seed %i)', (seed) => {
    const pick = random(seed)
    const articles = new Map<number, SpeakerUse[]>()
    const live = new SpeakerDirectory()
    for (let step = 0; step < 150; step++) {
      const id = pick(25)
      const before = snapshot(live)
      const deltas: SpeakerUse[] = (articles.get(id) ?? []).map((u) => ({ ...u, count: -u.count }))
      if (pick(4) === 0) articles.delete(id)
      else {
        const uses = Array.from({ length: 1 + pick(4) }, () => ({
          speaker: SPEAKERS[pick(SPEAKERS.length)] ?? '',
          role: ROLES[pick(ROLES.length)] ?? null,
          count: 1 + pick(3),
        }))
        articles.set(id, uses)
        deltas.push(...uses)
      }
      const renamed = new Set(live.change(deltas))

      const fresh = new SpeakerDirectory()
      fresh.change([...articles.values()].flat())
      expect(live.speakers, `step ${step}`).toEqual(fresh.speakers)
      expect(new Map(live.names), `step ${step}`).toEqual(new Map(fresh.names))
      // every name as found whose merged name changed is reported
      for (const s of new Set([...before.names.keys(), ...live.names.keys()]))
        if (before.names.get(s) !== live.names.get(s)) expect(renamed, `${s} at step ${step}`).toContain(s)
    }
  })

  test('people who did not change keep their objects', () => {
    const d = new SpeakerDirectory()
    d.change([
      { speaker: 'Abbas Araghchi', role: "Iran's foreign minister", count: 1 },
      { speaker: 'Steve Witkoff', role: 'US envoy', count: 1 },
    ])
    const witkoff = d.speakers.find((s) => s.name === 'Steve Witkoff')
    d.change([{ speaker: 'Araghchi', role: null, count: 2 }])
    expect(d.speakers.find((s) => s.name === 'Steve Witkoff')).toBe(witkoff)
    expect(d.names.get('Araghchi')).toBe('Abbas Araghchi')
  })
})

describe('a group named by party or nation is no surname', () => {
  test('"Democrats" alone stays apart from the one "Vermont Democrats" quoted; "Trump" still joins "Donald Trump"', () => {
    const d = new SpeakerDirectory()
    d.change([
      { speaker: 'Democrats', role: null, count: 5 },
      { speaker: 'Vermont Democrats', role: null, count: 1 },
      { speaker: 'Trump', role: null, count: 2 },
      { speaker: 'Donald Trump', role: null, count: 1 },
    ])
    expect(d.names.get('Democrats')).toBe('Democrats')
    expect(d.names.get('Trump')).toBe('Donald Trump')
  })
})
