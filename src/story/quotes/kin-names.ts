/**
 * A relative introduced by a given name alone ("his wife, Jane", "Sanders's son, Levi"): news writes the family's
 * surname once, for the person they are kin to, so the relative is named with it ("Jane Sanders").
 */
import type { Entity, EntityRegistry } from './entities.js'
import { likelyGenderOfGivenName } from './given-names.js'

/** Nouns of family ties. */
const KIN_NOUNS = new Set(
  `wife husband son daughter brother sister mother father widow widower grandson granddaughter grandmother
   grandfather stepson stepdaughter stepmother stepfather`.split(/\s+/),
)
/** Words between the possessor and the noun ("his late wife", "her younger brother"). */
const KIN_ADJECTIVES = new Set('late former younger older elder eldest youngest oldest twin first second'.split(' '))

const NONE: ReadonlySet<Entity> = new Set()

/**
 * Who a family role is kin to: "his" or "her" ("his wife"), or the surname a possessive gives ("Bernie Sanders's
 * wife", "Sanders' son"); null when the role is no family tie of someone's.
 */
export function kinPossessor(role: string): string | null {
  const words = role.trim().split(/\s+/)
  if (words.length < 2 || words.length > 5) return null
  const kin = (words[words.length - 1] ?? '').toLowerCase()
  if (!KIN_NOUNS.has(kin)) return null
  let k = words.length - 2
  if (KIN_ADJECTIVES.has((words[k] ?? '').toLowerCase())) k--
  const owner = words[k] ?? ''
  if (/^(?:his|her)$/i.test(owner)) return owner.toLowerCase()
  return /^(\p{Lu}[\p{L}.-]*?)(?:['’]s|(?<=s)['’])$/u.exec(owner)?.[1] ?? null
}

/**
 * The full name of a relative given by a given name alone: the given name and the surname of whom they are kin to
 * (the person "his"/"her" means now, or the possessive's surname). Null when the name is not one given name.
 */
export function kinFullName(reg: EntityRegistry, given: string, possessor: string): string | null {
  if (/\s/.test(given)) return null
  let surname = possessor
  if (possessor === 'his' || possessor === 'her') {
    const e = reg.resolvePronoun(possessor === 'his' ? 'he' : 'she', NONE)
    if (!e || e.described || e.kind !== 'person') return null
    surname = e.name.split(/\s+/).at(-1) ?? ''
  }
  if (!/^\p{Lu}/u.test(surname) || surname.toLowerCase() === given.toLowerCase()) return null
  const full = `${given} ${surname}`
  if (likelyGenderOfGivenName(full) === null || writesOtherSurname(reg, given, surname)) return null
  // (a family member known by the surname alone would take the relative's name: "Sanders" is not Jane Sanders)
  const found = reg.findName(full)
  if (found && found.tokens[0] !== given.toLowerCase()) return null
  return full
}

/** Registers a relative by their full name (see `kinFullName`), marked as the family's relative. */
export function addKin(reg: EntityRegistry, full: string, init: Parameters<EntityRegistry['addName']>[1]): Entity {
  const e = reg.addName(full, init)
  e.kin = true
  return e
}

/**
 * Whether the article writes the given name with another surname elsewhere ("his wife, Huma" and "Huma Abedin"): a
 * relative may keep their own name, and the article's own word for it wins. A person of that name already introduced
 * ("police Chief Joseph Boinnet" before "Spindler's father, Joseph") is someone else: the article would have said so.
 */
function writesOtherSurname(reg: EntityRegistry, given: string, surname: string): boolean {
  const re = new RegExp(`\\b${given.replace(/[^\p{L}]/gu, '')}\\s+(\\p{Lu}[\\p{L}'’-]+)`, 'gu')
  return reg.texts.some((t) =>
    [...t.matchAll(re)].some((m) => {
      const other = (m[1] ?? '').replace(/['’]s?$/u, '')
      return other !== surname && reg.findName(`${given} ${other}`) === null
    }),
  )
}
