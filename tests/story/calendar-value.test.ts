import { expect, test } from 'vitest'
import { isoWeekMonday, periodSortKey, periodStart } from '../../src/story/calendar-value.js'

test.each([
  ['2026', '2026-01-01'],
  ['2026-02', '2026-02-01'],
  ['2026-W07', '2026-02-09'],
  ['2026-W01', '2025-12-29'],
  ['2026-02-07', '2026-02-07'],
])('%s starts on %s', (value, start) => expect(periodStart(value)).toBe(start))

test('ISO week 53 of 2020 starts on Monday 28 December', () => expect(isoWeekMonday(2020, 53)).toBe('2020-12-28'))

test('values sort by their first day, coarser first on the same day', () => {
  const values = ['2026-02-07', '2026-W06', '2026', '2026-02-02', '2026-02', '2025']
  expect([...values].sort((a, b) => periodSortKey(a).localeCompare(periodSortKey(b)))).toEqual([
    '2025',
    '2026',
    '2026-02',
    '2026-W06',
    '2026-02-02',
    '2026-02-07',
  ])
})
