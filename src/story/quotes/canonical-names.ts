/** How speaker names are read for merging: proper name or description, name words, surname, role words. */

/** Lower-case words that may open a name: particles ("al-Shayji", "de Blasio", "van Gogh"). */
const PARTICLE_RE =
  /^(?:al|el|ad|bin|ibn|abu|abd|de|da|del|della|di|du|le|la|van|von|der|den|ter|ten|dos|das|ben|mac)\b/

/**
 * A proper name ends in a capitalised word ("al-Shayji" counts) and opens with one or a particle; descriptions end
 * in a common noun or open with one ("others who oppose the boy's return to Cuba").
 */
const properNames = new Map<string, boolean>()
export const isProperName = (s: string): boolean => {
  let v = properNames.get(s)
  if (v === undefined) {
    if (properNames.size > 100_000) properNames.clear()
    const words = s.split(/\s+/)
    const first = words[0] ?? ''
    v = /\p{Lu}/u.test(words.at(-1) ?? '') && (/^[^\p{Ll}]/u.test(first) || PARTICLE_RE.test(first))
    properNames.set(s, v)
  }
  return v
}

const HONORIFIC_RE = /^(?:mr|mrs|ms|dr|prof|sir)\.?\s+/i
const tokenCache = new Map<string, string[]>()
/** The lower-case words of a name, without an honorific ("Mr.", "Dr"). */
export const tokensOf = (name: string): string[] => {
  let v = tokenCache.get(name)
  if (!v) {
    if (tokenCache.size > 100_000) tokenCache.clear()
    v = name.replace(HONORIFIC_RE, '').toLowerCase().split(/\s+/).filter(Boolean)
    tokenCache.set(name, v)
  }
  return v
}
export const surname = (name: string): string => tokensOf(name).at(-1) ?? ''

/** Lower-case content words of a role, with demonyms and possessives reduced to a common stem. */
const roleStemsCache = new Map<string, string[]>()
export function roleStems(role: string): string[] {
  let stems = roleStemsCache.get(role)
  if (!stems) {
    if (roleStemsCache.size > 100_000) roleStemsCache.clear()
    stems = computeRoleStems(role)
    roleStemsCache.set(role, stems)
  }
  return stems
}

function computeRoleStems(role: string): string[] {
  return role
    .toLowerCase()
    .replace(/\bu\.s\.|\bunited states\b|\bamerican\b/g, 'us')
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 1 && !/^(?:the|a|an|of|for|at|in|and|former)$/.test(w))
    .map((w) => (w.length > 4 ? w.replace(/(?:ian|ean|ese|ish|i|a)$/, '') : w))
}
