/** What the text tells about the people it names: gender from bound pronouns, organisations from "its". */
import type { Attribution, Range } from './attribution.js'
import type { Entity, EntityRegistry } from './entities.js'
import type { NameMention } from './mentions.js'
import type { Who } from './resolve-speaker.js'
import type { Token } from './token.js'

/**
 * A statement found in a unit, with the attribution it belongs to. `rest` is its second half when an attribution
 * set in commas cuts one reported clause in two ("The bigger risk, he said, is a clash ...").
 */
export type Statement = { range: Range; attr: Attribution | null; rest?: Range }

/** "Lonechild said she ...", "Apple said its ...": the pronoun that opens a reported clause tells who spoke. */
export function learnFromPronouns(attrs: Attribution[], whoOf: Map<Attribution, Who>, toks: Token[]): void {
  for (const a of attrs) {
    const e = whoOf.get(a)?.entity
    if (!e || e.described || a.subject?.kind !== 'name' || !a.forward) continue
    const first = toks[a.forward.a]?.text.toLowerCase()
    if ((first === 'he' || first === 'she') && e.kind === 'person' && !e.gender) e.gender = first === 'he' ? 'm' : 'f'
    if (first === 'its' && !e.gender) e.kind = 'org'
  }
}

/** "Trudeau reminded the crowd it was his government": the one named subject of a unit and its pronouns. */
export function learnFromSubject(
  reg: EntityRegistry,
  mentions: NameMention[],
  toks: Token[],
  statements: Statement[],
): void {
  const people = new Set<Entity>()
  let subject: Entity | null = null
  for (const m of mentions) {
    const e = reg.findName(m.phrase.name)
    if (e?.kind !== 'person') continue
    people.add(e)
    if (m.subject) subject = e
  }
  if (people.size !== 1 || !subject) return
  if (subject.tokens.length > 1) subject.confirmed = true
  if (subject.gender) return
  let male = false
  let female = false
  toks.forEach((t, k) => {
    if (t.kind !== 'w') return
    if (statements.some((s) => s.range.a <= k && k <= s.range.b && toks[s.range.a]?.kind === 'q')) return
    const l = t.text.toLowerCase()
    // ("him" is only ever an object, someone else in the subject's clause: "Deans ... credited him for ...")
    if (l === 'he' || l === 'his' || l === 'himself') male = true
    if (l === 'she' || l === 'her' || l === 'hers' || l === 'herself') female = true
  })
  if (male !== female) subject.gender = male ? 'm' : 'f'
}
