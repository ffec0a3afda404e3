/** Whether a calendar value of one day lies within another of any granularity (year, month or ISO week). */
import { parseDay, weekValue } from './calendar.js'

export function dayWithin(day: string, period: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false
  if (/^\d{4}-W\d{2}$/.test(period)) return weekValue(parseDay(day)) === period
  return period.length < day.length && day.startsWith(`${period}-`)
}
