/** Who said what, and when: quotations and reported speech with their speakers and dates. */
export {
  canonicalizeSpeakers,
  mergeSpeakers,
  renamed,
  type SpeakerUse,
  useKey,
} from './canonical.js'
export { extractQuotes } from './extract.js'
