/**
 * A capital city standing for its country's government ("Beijing's foreign ministry", "Tehran's envoy"): the
 * country a city is the capital of, as the lexicon's senses of its name write it ("capital of Red China", "Iranian
 * capital"; "Santiago" also names Chile's), named as `Lexicon.place` names places ("china", "iran"); null for any
 * other word.
 */
import type { Lexicon } from '../search/lexicon.js'

export function capitalOf(city: string, lexicon: Lexicon): string | null {
  for (const sense of lexicon.senses(city))
    if (sense.pos === 'noun' && sense.file === 'noun.location')
      for (const word of sense.words) {
        const country = /^capital of (?:the )?(.+)$/.exec(word)?.[1] ?? /^(\S+) capital$/.exec(word)?.[1]
        const found = country === undefined ? null : lexicon.place(country)
        if (found) return found
      }
  return null
}
