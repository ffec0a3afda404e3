/** Who said what, and when: quotations and reported speech with their speakers and dates. */
export { canonicalizeSpeakers } from './canonical.js'
export { extractQuotes } from './extract.js'
