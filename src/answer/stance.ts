/**
 * A stance a description gives a person: "anti-abortion activist", "the pro-Jeb Bush super PAC", "a pro-Brexit MP".
 * English joins "anti" or "pro" to what the person is against or for with a hyphen; the tokenizer splits it into two
 * words, so it is read from the slot's text. The person so described is one the coverage ties to that issue, and
 * news writing often names them by the stance alone ("an abortion opponent", "supporters of Brexit").
 */
import { stemToken } from '../search/text-terms.js'

export type Stance = {
  /** Against or for. */
  side: 'anti' | 'pro'
  /** The word naming what the stance is about ("abortion", "Brexit", "Jeb", "Russia"). */
  object: string
}

/** The nouns for a person holding a stance, by side (stems), used when no one with the description's head holds it. */
export const STANCE_HOLDERS: Record<Stance['side'], string> = { anti: 'opponent', pro: 'supporter' }

const STANCE = /(?:^|[^\p{L}-])(anti|pro)-(\p{L}[\p{L}'’]*)/giu

/** The stances a description's text gives ("anti-abortion" → anti, abortion). */
export function stancesOf(text: string): Stance[] {
  const out: Stance[] = []
  for (const m of text.matchAll(STANCE)) {
    const side = m[1]?.toLowerCase() === 'anti' ? 'anti' : 'pro'
    const object = (m[2] ?? '').replace(/['’]s$/, '')
    if (stemToken(object)) out.push({ side, object })
  }
  return out
}
