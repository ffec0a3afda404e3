/** Safe Slack text: the one place where outside text (questions, corpus, names) is escaped and cut to Slack's limits. */

/** Block Kit limits we must stay within (https://api.slack.com/reference/block-kit). */
export const LIMITS = {
  blocksPerMessage: 50,
  sectionText: 3000,
  contextElements: 10,
  buttonText: 75,
  actionValue: 2000,
  headerText: 150,
  fallbackText: 3000,
} as const

/**
 * Escapes the three characters Slack treats as control characters, so that text from outside can neither
 * ping (`<!channel>`, `<@U123>`) nor fake a link (`<http://evil|reuters.com>`).
 */
export const escapeText = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * Cuts already-escaped mrkdwn to at most `max` characters at a word boundary, with an ellipsis.
 * Never cuts inside an entity such as `&amp;`.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text
  let cut = text.slice(0, Math.max(0, max - 1))
  const amp = cut.lastIndexOf('&')
  if (amp >= 0 && !cut.slice(amp).includes(';')) cut = cut.slice(0, amp)
  const space = cut.search(/\s\S*$/)
  if (space > max * 0.6) cut = cut.slice(0, space)
  return `${cut.trimEnd()}…`
}

/** Escapes outside text, then cuts it to `max` characters. */
export const safeText = (text: string, max: number): string => truncate(escapeText(text), max)
