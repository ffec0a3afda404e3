/**
 * Abbreviations reporters type in questions, and the words the coverage writes instead ("FM" is the foreign
 * minister, "govt" the government). Matched as whole words, in the case given.
 */
const ABBREVIATIONS: Record<string, string> = {
  FM: 'foreign minister',
  PM: 'prime minister',
  DM: 'defence minister',
  AG: 'attorney general',
  SecState: 'secretary of state',
  SecDef: 'secretary of defense',
  govt: 'government',
  gov: 'governor',
  prez: 'president',
  pres: 'president',
  mgr: 'manager',
  dept: 'department',
  intl: 'international',
  natl: 'national',
  admin: 'administration',
  sen: 'senator',
  Sen: 'senator',
  rep: 'representative',
  Rep: 'representative',
  amb: 'ambassador',
  spox: 'spokesperson',
  cdn: 'Canadian',
  mil: 'military',
  GOP: 'Republican',
  Dem: 'Democratic',
  Dems: 'Democrats',
}

/** The words an abbreviation stands for, or null when the token is not one. */
export function expandAbbreviation(token: string): string[] | null {
  const long = ABBREVIATIONS[token]
  return long ? long.split(' ') : null
}

/**
 * Tokens with their abbreviations written out. A title abbreviation ("Sen", "Rep") stands before a name; after a
 * capitalised word and before none it is part of a name ("Hun Sen") and stays as written.
 */
export function expandAbbreviations<T extends { token: string }>(tokens: readonly T[]): T[] {
  const capitalised = (t: T | undefined) => t !== undefined && /^\p{Lu}/u.test(t.token)
  return tokens.flatMap((t, i) => {
    const long = expandAbbreviation(t.token)
    if (!long) return [t]
    const title = /^\p{Lu}\p{Ll}+$/u.test(t.token)
    if (title && capitalised(tokens[i - 1]) && !capitalised(tokens[i + 1])) return [t]
    return long.map((token) => ({ ...t, token }))
  })
}
