/** Who said what, and when: quotations and reported speech with their speakers and dates. */
export { canonicalizeSpeakers, renamed, tallySpeakers } from './canonical.js'
export { extractQuotes } from './extract.js'
export { SpeakerDirectory, type SpeakerUse } from './speaker-directory.js'
