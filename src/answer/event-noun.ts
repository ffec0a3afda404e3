/**
 * News names an act by its noun, owned by the one who acted: "Unisys Corp.'s announcement Friday of a $648.2 million
 * loss" is Unisys announcing, as "Unisys announced" would be. The owner of the noun of the verb asked (the same stem:
 * announce / announcement, resign / resignation, rule / ruling) is the actor.
 */
import { stemToken } from '../search/text-terms.js'

/** The rest of a name ("Corp.", "Co."), a possessive, then the noun. */
const OWNED_NOUN = /^((?:\s+\p{Lu}[\p{L}.&-]*)*)['’]s?\s+(\p{Ll}+)/u

/** Whether the words right after a name are its possessive and the noun of the verb asked (its stem, `asked`). */
export function ownsActNoun(after: string, asked: string | null): boolean {
  const m = OWNED_NOUN.exec(after)
  const noun = m?.[2]
  return noun !== undefined && asked !== null && asked !== '' && stemToken(noun) === asked
}
