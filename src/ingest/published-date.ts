/**
 * A publication date as the corpus writes it: `YYYY-MM-DD`, or a date-time with its offset
 * (`2026-02-09T08:15:00+04:00`, `…Z`). A page's date-time without an offset keeps only its calendar date, since
 * the instant cannot be known; anything else is not a date we can use.
 */

const ISO = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i

const realDate = (ymd: string): boolean => {
  const d = new Date(`${ymd}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === ymd
}

/** The normal form of an ISO 8601 date or date-time, or null when `value` is not one. */
export function normalizePublished(value: string | null | undefined): string | null {
  const m = ISO.exec((value ?? '').trim())
  if (!m) return null
  const [, date, hm, seconds, zone] = m
  if (!date || !realDate(date)) return null
  if (!hm || !zone) return date
  const [h, min] = hm.split(':').map(Number)
  if ((h ?? 99) > 23 || (min ?? 99) > 59 || Number(seconds ?? 0) > 59) return null
  const offset =
    zone.toUpperCase() === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${(zone.slice(3).replace(':', '') || '00').padEnd(2, '0')}`
  if (offset !== 'Z' && (Number(offset.slice(1, 3)) > 14 || Number(offset.slice(4)) > 59)) return null
  return `${date}T${hm}:${seconds ?? '00'}${offset}`
}
