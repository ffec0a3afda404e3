/**
 * "A Pentagon spokesman said Thursday that the troops will remain. “We are going to maintain our forces,” said
 * spokesman Kenneth Bacon.": news introduces a speaker by an indefinite description and names them in the next
 * statement with the description's own noun as their title. The two are one person, and the description's
 * statements are the named person's.
 */
import type { Entity } from './entities.js'
import { ISSUED_HEADS, type Who } from './resolve-speaker.js'

type Said = { paragraph: number; start: number; who: Who | null; role: string | null }

const wordsOf = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}.-]+/u)
    .filter(Boolean)

/** A description that introduces someone: "a Pentagon spokesman", not "an anonymous official" or "officials". */
function introduced(e: Entity | null | undefined): e is Entity {
  return !!e && e.described && !e.plural && /^(?:a|an)\s/i.test(e.name) && !/\banonymous\b/i.test(e.name)
}

/** "A new report says …": a document nobody is said to have issued yet. */
function issuedDocument(e: Entity): boolean {
  return e.kind === 'org' && [...e.roleWords].some((w) => ISSUED_HEADS.has(w))
}

/** Gives the statements of an introducing description to the person the next statement names with its noun. */
export function nameIntroducedSpeakers(found: readonly Said[]): void {
  // (in reading order: quotations are found before the reported statements around them)
  const statements = [...found].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start)
  for (let i = 0; i < statements.length; i++) {
    const described = statements[i]?.who?.entity
    if (!introduced(described)) continue
    let k = i + 1
    while (statements[k]?.who?.entity === described) k++
    const next = statements[k]
    if (!next?.who || next.paragraph > (statements[i]?.paragraph ?? 0) + 1) continue
    const same = issuedDocument(described) ? sameDocument(next.who) : samePerson(described, next)
    if (!same) continue
    for (let j = i; j < k; j++) {
      const s = statements[j]
      if (s) s.who = next.who
    }
    i = k - 1
  }
}

/**
 * "A new report says …. The new study written by Mark Potach warns …": the document, described again with "the" and
 * its author or issuer, is the one just introduced.
 */
function sameDocument(next: Who): boolean {
  return next.document !== undefined && (next.entity !== null || next.label !== null)
}

/**
 * The same kind of person, and no other: "said spokesman Kenneth Bacon" is "a Pentagon spokesman", "Circuit Court
 * Judge David McKeague" is not "a U.S. District Court judge".
 */
function samePerson(described: Entity, next: Said): boolean {
  const named = next.who?.entity
  if (!named || named.described || named.kind !== 'person' || described.kind !== 'person') return false
  const role = wordsOf(next.role ?? named.role ?? '')
  const words = new Set(wordsOf(described.name))
  return described.roleWords.has(role.at(-1) ?? '') && role.every((w) => words.has(w))
}
