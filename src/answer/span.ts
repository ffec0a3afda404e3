/** A stretch of a text, by character offsets (end exclusive), and whether two stretches share a character. */
export type Span = { start: number; end: number }

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end
