/**
 * Whom a question says a statement was told to ("Did Trump tell Hannity …", "What did she tell CNN about …"): the
 * audience, not the topic. A passage with the statement need not name them, and a name the coverage never uses
 * there does not make the question one the coverage cannot answer.
 */
import type { Understood } from './understand.js'

/** A verb of telling, before its audience (after an optional determiner or a possessive). */
const TOLD = /\b(?:tell|tells|told|telling)\s+(?:(?:the|a|an|his|her|their)\s+)?/gi

/**
 * A named audience: a run of capitalised words, a person or an outlet ("Hannity", "CNN", "Al Jazeera"). An audience
 * described in common words ("nervous travelers") is left as it is: it is often what the statement is about.
 */
const AUDIENCE = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*/u

const remembered = new WeakMap<Understood, ReadonlySet<string>>()

/**
 * The stems of the question's words that name the audience of a statement it asks about, when it asks about someone's
 * statement ("Who told the Iranians to give ground?" asks who, and the Iranians are its topic).
 */
export function audienceStems(u: Understood): ReadonlySet<string> {
  let out = remembered.get(u)
  if (!out) {
    out = u.asked && u.asked.kind !== 'unquoted' ? audienceOf(u) : new Set()
    remembered.set(u, out)
  }
  return out
}

function audienceOf(u: Understood): Set<string> {
  const text = u.parsed.text
  const out = new Set<string>()
  for (const [stem, spans] of u.parsed.spans)
    for (const sp of spans) {
      // the word is part of the audience when the words from a verb of telling up to it are one audience
      for (const told of text.slice(0, sp.start).matchAll(TOLD)) {
        const from = told.index + told[0].length
        const audience = AUDIENCE.exec(text.slice(from))
        if (audience && from <= sp.start && sp.end <= from + audience[0].length) out.add(stem)
      }
    }
  return out
}
