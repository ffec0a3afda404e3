/**
 * Calendar days, local times and zones for the digest. Pure: every function takes the instant it works from;
 * nothing reads the machine's clock or zone.
 */
import { tz, tzOffset } from '@date-fns/tz'
import { format } from 'date-fns'
import type { Article } from '../story/types.js'
import { DigestInputError } from './types.js'

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/
const CLOCK = /^([01]?\d|2[0-3]):([0-5]\d)$/

/** Splits a real calendar date YYYY-MM-DD into numbers, or null. */
function dayParts(day: string): [number, number, number] | null {
  const m = DAY.exec(day)
  if (!m) return null
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const check = new Date(Date.UTC(y, mo - 1, d))
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null
  return [y, mo, d]
}

export const isDay = (day: string): boolean => dayParts(day) !== null

const zones = new Map<string, string | null>()

/** The canonical IANA name of a zone (case-insensitive input), or null when the zone is unknown. */
export function canonicalZone(zone: string): string | null {
  const key = zone.trim()
  if (!key) return null
  const known = zones.get(key)
  if (known !== undefined) return known
  let canonical: string | null
  try {
    canonical = new Intl.DateTimeFormat('en-GB', { timeZone: key }).resolvedOptions().timeZone
    if (!Number.isFinite(tzOffset(canonical, new Date(0)))) canonical = null
  } catch {
    canonical = null
  }
  if (zones.size < 1000) zones.set(key, canonical)
  return canonical
}

/** Reads a 24-hour local time `H:MM` or `HH:MM` and returns it as `HH:MM`, or null. */
export function parseClock(text: string): string | null {
  const m = CLOCK.exec(text.trim())
  if (!m) return null
  return `${(m[1] ?? '').padStart(2, '0')}:${m[2]}`
}

/** Checks a day and a zone given from outside, returning the canonical zone; throws DigestInputError. */
export function checkDayAndZone(day: string, zone: string): string {
  if (!isDay(day)) throw new DigestInputError(`"${day}" is not a calendar date: use YYYY-MM-DD, e.g. 2026-02-07`)
  const canonical = canonicalZone(zone)
  if (!canonical)
    throw new DigestInputError(`"${zone}" is not a time zone: use an IANA name such as UTC or Europe/London`)
  return canonical
}

const dayFormats = new Map<string, Intl.DateTimeFormat>()

/** The calendar date (YYYY-MM-DD) that `instant` falls on in `zone`. */
export function localDay(instant: Date, zone: string): string {
  let formatter = dayFormats.get(zone)
  if (!formatter) {
    // en-CA formats dates as YYYY-MM-DD
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })
    dayFormats.set(zone, formatter)
  }
  const parts = Object.fromEntries(formatter.formatToParts(instant).map((p) => [p.type, p.value]))
  return `${parts.year}-${parts.month}-${parts.day}`
}

/** The local wall-clock time (HH:mm) of `instant` in `zone`. */
export const localClock = (instant: Date, zone: string): string => format(instant, 'HH:mm', { in: tz(zone) })

/** "Tuesday 10 February 2026 at 08:00" for `instant` as the wall clock shows it in `zone`. */
export const localDateTime = (instant: Date, zone: string): string =>
  format(instant, "EEEE d MMMM yyyy 'at' HH:mm", { in: tz(zone) })

/** `day` plus `n` calendar days (n may be negative). */
export function addDays(day: string, n: number): string {
  const parts = dayParts(day)
  if (!parts) throw new DigestInputError(`"${day}" is not a calendar date`)
  const [y, m, d] = parts
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10)
}

/** The day before the one `now` falls on in `zone`: the day a morning digest covers. */
export const previousDay = (now: Date, zone: string): string => addDays(localDay(now, zone), -1)

/**
 * The instant at which the wall clock in `zone` shows `clock` (HH:MM) on `day`. Daylight saving follows RFC 5545
 * (and Temporal's "compatible" rule): a time that occurs twice (clocks go back) means the first occurrence; a time
 * that does not exist (clocks go forward) is read with the offset before the change, i.e. pushed forward by the
 * gap (01:30 on the day London springs forward is 02:30 BST). Every day therefore has exactly one instant.
 */
export function zonedInstant(day: string, clock: string, zone: string): Date {
  const parts = dayParts(day)
  const time = parseClock(clock)
  if (!parts || !time) throw new DigestInputError(`cannot place ${clock} on ${day}`)
  const [y, m, d] = parts
  const wall = Date.UTC(y, m - 1, d, Number(time.slice(0, 2)), Number(time.slice(3, 5)))
  const hour = 3_600_000
  const before = tzOffset(zone, new Date(wall - 36 * hour))
  const after = tzOffset(zone, new Date(wall + 36 * hour))
  if (Number.isNaN(before) || Number.isNaN(after)) throw new DigestInputError(`"${zone}" is not a time zone`)
  const valid = [...new Set([before, after])]
    .map((offset) => ({ offset, at: wall - offset * 60_000 }))
    .filter(({ offset, at }) => tzOffset(zone, new Date(at)) === offset)
    .map(({ at }) => at)
  return new Date(valid.length > 0 ? Math.min(...valid) : wall - before * 60_000)
}

/**
 * The calendar day an article belongs to in `zone`: a bare-date article belongs to its own date in every zone;
 * a date-time article to the day its instant falls on in `zone`.
 */
export const articleDay = (article: Article, zone: string): string =>
  article.dateOnly ? article.localDate : localDay(article.publishedAt, zone)

/** "Saturday 7 February 2026" for a YYYY-MM-DD day (independent of any zone). */
export function longDay(day: string): string {
  const parts = dayParts(day)
  if (!parts) return day
  const [y, m, d] = parts
  return format(new Date(Date.UTC(y, m - 1, d, 12)), 'EEEE d MMMM yyyy', { in: tz('UTC') })
}
