/** Text to match as written inside a regular expression: its special characters escaped ("Dr." matches "Dr."). */
export const escapePattern = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
