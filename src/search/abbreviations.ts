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
