import { expect, test } from 'vitest'
import { editDistanceAtMost } from '../../src/search/edit-distance.js'

test('one edit: a letter changed, added, dropped, or two neighbouring letters swapped', () => {
  expect(editDistanceAtMost('trunp', 'trump', 1)).toBe(true)
  expect(editDistanceAtMost('witkof', 'witkoff', 1)).toBe(true)
  expect(editDistanceAtMost('enrichmnet', 'enrichment', 1)).toBe(true)
  expect(editDistanceAtMost('isreal', 'israel', 1)).toBe(true)
  expect(editDistanceAtMost('israel', 'israeli', 0)).toBe(false)
  expect(editDistanceAtMost('araqchi', 'araghchi', 1)).toBe(false)
  expect(editDistanceAtMost('araqchi', 'araghchi', 2)).toBe(true)
})
