/**
 * Kinship is relational: a person whose own words name "her daughter" or "his son" is a mother or a father, one who
 * names "her husband" is a wife. News introduces the relatives of victims and public figures so ("Jane Roe, who lost
 * her son in the attack", "whose daughter was killed"), and questions ask for them by the other side of the relation
 * ("the mother of a victim"). These are the kinds of person such words make someone, as terms of their profile.
 */

/** A possessive before a kin noun, with the gender it gives the owner (null: either). */
const OWNER: Record<string, 'f' | 'm' | null> = { her: 'f', his: 'm', their: null, whose: null }

/** Kin nouns, each with what it makes its owner: [if a woman, if a man, either]. */
const CONVERSE: Record<string, readonly [string, string, string]> = {
  son: ['mother', 'father', 'parent'],
  sons: ['mother', 'father', 'parent'],
  daughter: ['mother', 'father', 'parent'],
  daughters: ['mother', 'father', 'parent'],
  child: ['mother', 'father', 'parent'],
  children: ['mother', 'father', 'parent'],
  husband: ['wife', 'husband', 'spouse'],
  wife: ['wife', 'husband', 'spouse'],
  brother: ['sister', 'brother', 'sibling'],
  sister: ['sister', 'brother', 'sibling'],
  mother: ['daughter', 'son', 'child'],
  father: ['daughter', 'son', 'child'],
  grandson: ['grandmother', 'grandfather', 'grandparent'],
  granddaughter: ['grandmother', 'grandfather', 'grandparent'],
}

/** Words that may stand between the possessive and the kin noun ("her late husband", "his 15-year-old son"). */
const BETWEEN = 2

/**
 * The kinds of person a person's own words make them by a relative they name after a possessive: "her daughter"
 * makes a mother (and a parent), "his wife" a husband, "whose son" a parent. Never "the daughter of" (that person
 * is the daughter) nor a relative named without a possessive.
 */
export function kinTerms(tokens: readonly string[]): string[] {
  const out: string[] = []
  tokens.forEach((token, i) => {
    const owner = OWNER[token.toLowerCase()]
    if (owner === undefined) return
    for (let j = i + 1; j <= i + 1 + BETWEEN && j < tokens.length; j++) {
      const kin = CONVERSE[(tokens[j] ?? '').toLowerCase()]
      if (!kin) continue
      const [woman, man, either] = kin
      if (owner === 'f') out.push(woman)
      if (owner === 'm') out.push(man)
      out.push(either)
      return
    }
  })
  return out
}
