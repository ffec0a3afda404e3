/** The small in-memory state: repeated deliveries and long questions behind Share buttons. */
import { describe, expect, test } from 'vitest'
import { eventKeys } from '../../src/slack/middleware/drop-repeats.js'
import { RecentKeys } from '../../src/slack/recent.js'
import { ShareStore } from '../../src/slack/share.js'

describe('RecentKeys', () => {
  test('remembers keys, and forgets the oldest beyond its capacity', () => {
    const recent = new RecentKeys(3)
    expect(['a', 'b', 'c'].map((k) => recent.seen(k))).toEqual([false, false, false])
    expect(recent.seen('a')).toBe(true) // refreshed: now the newest
    expect(recent.seen('d')).toBe(false) // evicts b
    expect(recent.size).toBe(3)
    expect(recent.has('b')).toBe(false)
    expect(recent.has('a')).toBe(true)
    recent.forget('a')
    expect(recent.seen('a')).toBe(false)
  })
})

describe('eventKeys', () => {
  test.each([
    [
      { event_id: 'Ev1', event: { type: 'app_mention', channel: 'C1', ts: '1.2' } },
      ['event:Ev1', 'message:app_mention:C1:1.2'],
    ],
    [{ event_id: 'Ev1', event: { type: 'app_mention' } }, ['event:Ev1']],
    [{ command: '/iran-talks' }, []],
    [null, []],
  ])('%j → %j', (body, keys) => {
    expect(eventKeys(body)).toEqual(keys)
  })
})

describe('ShareStore', () => {
  test.each([
    ['a short question', 10],
    ['quotes " and \\ and newlines\n', 1],
    ['a 4,000-character question', 4000],
    ['one that JSON-escapes past the limit', 1990],
  ])('round-trips %s within 2,000 characters', (_name, n) => {
    const store = new ShareStore()
    const question = _name.includes('JSON') ? '"'.repeat(n) : `${_name} ${'x'.repeat(n)}`
    const value = store.encode(question)
    expect(value.length).toBeLessThanOrEqual(2000)
    expect(store.decode(value)).toBe(question)
  })

  test.each([undefined, '', 'not json', '[]', '{"k":"unknown"}', '{"q":5}', 'null'])('decode(%j) is null', (value) => {
    expect(new ShareStore().decode(value)).toBeNull()
  })

  test('forgets the oldest long questions beyond its capacity', () => {
    const store = new ShareStore(2)
    const values = ['a', 'b', 'c'].map((c) => store.encode(c.repeat(3000)))
    expect(store.decode(values[0])).toBeNull()
    expect(store.decode(values[2])).toBe('c'.repeat(3000))
  })
})
