/** Calendar values (YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www) as a reader wants them: "Sat 7 Feb 2026". */
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
