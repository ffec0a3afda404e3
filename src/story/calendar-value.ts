/**
 * Calendar values of any granularity (YYYY, YYYY-MM, YYYY-Www, YYYY-MM-DD): where they start and how they sort.
 * Pure arithmetic on the calendar; no clock, no time zone.
 */
import { format, setISOWeek, startOfISOWeek } from 'date-fns'

/** The Monday (YYYY-MM-DD) that starts ISO week `week` of `year` (week 1 holds 4 January). */
export function isoWeekMonday(year: number, week: number): string {
  return format(startOfISOWeek(setISOWeek(new Date(year, 0, 4, 12), week)), 'yyyy-MM-dd')
}

/** The first day (YYYY-MM-DD) a value covers; a value of no known shape is returned as it is. */
export function periodStart(value: string): string {
  const w = /^(\d{4})-W(\d{2})$/.exec(value)
  if (w) return isoWeekMonday(Number(w[1]), Number(w[2]))
  if (/^\d{4}$/.test(value)) return `${value}-01-01`
  if (/^\d{4}-\d{2}$/.test(value)) return `${value}-01`
  return value
}

/** Sort key: by the first day covered, and on the same first day the coarser value first (year, month, week, day). */
export function periodSortKey(value: string): string {
  const rank = /^\d{4}$/.test(value) ? 0 : /^\d{4}-\d{2}$/.test(value) ? 1 : /^\d{4}-W\d{2}$/.test(value) ? 2 : 3
  return `${periodStart(value)}~${rank}`
}
