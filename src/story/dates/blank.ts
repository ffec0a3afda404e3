/**
 * A paragraph with its time expressions blanked out (each character a space, so offsets stay), for reading its
 * grammar past a date: news puts the date between subject and verb ("The government Friday condemned …", "which
 * President Obama on Friday declared …"), where it separates nothing.
 */
export function withoutDates(text: string, dates: readonly { start: number; end: number }[]): string {
  let out = text
  for (const d of dates) out = out.slice(0, d.start) + ' '.repeat(Math.max(0, d.end - d.start)) + out.slice(d.end)
  return out
}
