/**
 * Calendar values (YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www) as a reader wants them: in full in a terminal ("Sat 7 Feb
 * 2026"), short in Slack and the digest ("7 Feb 2026").
 */
import { format } from 'date-fns'
import { periodStart } from '../story/calendar-value.js'

const ymd = (y: number, m: number, d: number) => new Date(y, m - 1, d, 12)

export function formatCalendarValue(value: string): string {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (m) return format(ymd(Number(m[1]), Number(m[2]), Number(m[3])), 'EEE d MMM yyyy')
  m = /^(\d{4})-(\d{2})$/.exec(value)
  if (m) return format(ymd(Number(m[1]), Number(m[2]), 1), 'MMMM yyyy')
  m = /^(\d{4})-W(\d{2})$/.exec(value)
  if (m) return `week of ${formatCalendarValue(periodStart(value))}`
  return value
}

/** An article's `published` value for people: the date, and the time when the file gives one. */
export function formatPublished(published: string): string {
  const day = formatCalendarValue(published.slice(0, 10))
  const time = /T(\d{2}:\d{2})/.exec(published)?.[1]
  const zone = /(Z|[+-]\d{2}:?\d{2})$/.exec(published)?.[1]
  return time ? `${day}, ${time}${zone === 'Z' ? ' UTC' : zone ? ` ${zone}` : ''}` : day
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/**
 * The short form: `2026-02-07` → `7 Feb 2026`, `2026-02` → `Feb 2026`, `2026-W06` → `week 6 of 2026`; a date-time
 * keeps the calendar date as written. Anything else is returned as written.
 */
export function formatShortDate(value: string): string {
  const week = /^(\d{4})-W(\d{2})$/.exec(value)
  if (week) return `week ${Number(week[2])} of ${week[1]}`
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?$/.exec(value)
  if (!m) return value
  const [, year, month, day] = m
  const name = month ? MONTHS[Number(month) - 1] : undefined
  if (!name) return month ? value : (year ?? value)
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`
}
