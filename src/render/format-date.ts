/** Calendar values (YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www) as a reader wants them: "Sat 7 Feb 2026". */
import { format, setISOWeek, startOfISOWeek } from 'date-fns'

const ymd = (y: number, m: number, d: number) => new Date(y, m - 1, d, 12)

export function formatCalendarValue(value: string): string {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (m) return format(ymd(Number(m[1]), Number(m[2]), Number(m[3])), 'EEE d MMM yyyy')
  m = /^(\d{4})-(\d{2})$/.exec(value)
  if (m) return format(ymd(Number(m[1]), Number(m[2]), 1), 'MMMM yyyy')
  m = /^(\d{4})-W(\d{2})$/.exec(value)
  if (m) {
    const monday = startOfISOWeek(setISOWeek(ymd(Number(m[1]), 1, 4), Number(m[2])))
    return `week of ${format(monday, 'EEE d MMM yyyy')}`
  }
  return value
}

/** An article's `published` value for people: the date, and the time when the file gives one. */
export function formatPublished(published: string): string {
  const day = formatCalendarValue(published.slice(0, 10))
  const time = /T(\d{2}:\d{2})/.exec(published)?.[1]
  const zone = /(Z|[+-]\d{2}:?\d{2})$/.exec(published)?.[1]
  return time ? `${day}, ${time}${zone === 'Z' ? ' UTC' : zone ? ` ${zone}` : ''}` : day
}

/** Sort key for calendar values of any granularity: the first day they cover. */
export function periodStart(value: string): string {
  const w = /^(\d{4})-W(\d{2})$/.exec(value)
  if (w) return format(startOfISOWeek(setISOWeek(ymd(Number(w[1]), 1, 4), Number(w[2]))), 'yyyy-MM-dd')
  if (/^\d{4}$/.test(value)) return `${value}-01-01`
  if (/^\d{4}-\d{2}$/.test(value)) return `${value}-01`
  return value
}
