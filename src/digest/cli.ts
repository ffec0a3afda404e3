/** The `digest [--date YYYY-MM-DD] [--tz ZONE]` command's core: which day, then the digest. */
import type { Story } from '../story/types.js'
import { composeDigest } from './compose.js'
import { canonicalZone, previousDay } from './day.js'
import type { Digest } from './types.js'
import { DigestInputError } from './types.js'

export type DigestCliOptions = {
  /** The day to digest, YYYY-MM-DD; default: the day before `now` in `tz`. */
  date?: string
  /** IANA zone (the caller passes `--tz`, else STORY_TIMEZONE). */
  tz: string
  /** The instant "yesterday" is computed from (the CLI passes `new Date()`). */
  now: Date
}

/**
 * The digest the CLI prints. Throws DigestInputError (exit 1: bad usage) for a bad date or zone; print
 * `digest.text` for people and the object itself for `--json`.
 */
export function digestForCli(story: Story, options: DigestCliOptions): Digest {
  const zone = canonicalZone(options.tz)
  if (!zone)
    throw new DigestInputError(`"${options.tz}" is not a time zone: use an IANA name such as UTC or Europe/London`)
  return composeDigest(story, options.date ?? previousDay(options.now, zone), zone)
}

export { renderDigestText } from '../render/digest-text.js'
