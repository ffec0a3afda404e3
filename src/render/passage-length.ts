/** How much of a cited paragraph an answer shows, in Slack and on the command line alike. */

/** Longest passage shown for one source (cut around the answering words), so that several sources fit. */
export const PASSAGE_MAX = 1200
/** Longest question echoed back with an answer. */
export const QUESTION_MAX = 300
