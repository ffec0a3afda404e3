/** Subject–verb agreement: a singular noun phrase is not the subject of a verb in its bare form. */
import { IRREGULAR_PASTS } from './lexicon.js'
import type { SpeakerPhrase } from './speaker-phrase.js'
import type { Token } from './token.js'

/** Modals and auxiliaries, after which a verb takes its bare form whatever its subject. */
const AUXILIARY = new Set('will would can could may might shall should must do does did to'.split(' '))

/** A share or a number of people, which takes a plural verb ("Just over a quarter, 26 percent, say …"). */
const QUANTITY_RE =
  /\d|\b(?:percent|half|third|quarter|fifth|majority|minority|plurality|number|handful|few|lot|dozen|couple|host)\b/i

/** Forms of verbs of saying in the past not in -ed (beside `IRREGULAR_PASTS`), so no bare ones. */
const PAST_OF_SAYING = new Set(['said', 'written', 'read', 'thought'])

/**
 * "That is a far cry from …": a phrase opened by "a"/"an" is one thing, and a verb of saying in its bare form ("cry",
 * "say", "claim") does not go with it (one thing "cries", "says"); so the words before such a verb are not its
 * subject, and the verb is a noun. "A number of analysts say" and "a quarter, 26 percent, say" name many.
 */
export function singularBeforeBareVerb(phrase: SpeakerPhrase, toks: readonly Token[], vi: number): boolean {
  // ("A social anthropologist might wonder": a modal or an auxiliary takes the bare form)
  if (AUXILIARY.has(toks[vi - 1]?.low ?? '')) return false
  const verb = toks[vi]
  if (verb === undefined || phrase.kind !== 'description' || phrase.plural) return false
  if (!/^an?\s/i.test(phrase.text) || /\sof\s/i.test(phrase.text) || QUANTITY_RE.test(phrase.text)) return false
  const v = verb.low
  return !/(?:s|ed|ing)$/.test(v) && !IRREGULAR_PASTS.has(v) && !PAST_OF_SAYING.has(v)
}
