/**
 * Abbreviations reporters type in questions, and the words the coverage writes instead ("FM" is the foreign
 * minister, "govt" the government, "WaPo" the Washington Post). Matched as whole words: as written, and an
 * abbreviation kept in lower case here also capitalised ("Pres.", "Gov."), never in capitals ("SEC" is a name).
 */
/**
 * Title abbreviations the coverage itself writes before names ("Gov. Rick Scott", "Sens. Cruz and Rubio"), which
 * reporters type in questions too.
 */
const TITLES: Record<string, string> = {
  gov: 'governor',
  govs: 'governors',
  govt: 'government',
  sen: 'senator',
  sens: 'senators',
  rep: 'representative',
  reps: 'representatives',
  pres: 'president',
  sec: 'secretary',
  atty: 'attorney',
  amb: 'ambassador',
  dept: 'department',
}

const ABBREVIATIONS: Record<string, string> = {
  ...TITLES,
  FM: 'foreign minister',
  PM: 'prime minister',
  DM: 'defence minister',
  AG: 'attorney general',
  SecState: 'secretary of state',
  SecDef: 'secretary of defense',
  prez: 'president',
  mgr: 'manager',
  VP: 'vice president',
  POTUS: 'US president',
  FLOTUS: 'first lady',
  SCOTUS: 'Supreme Court',
  intl: 'international',
  natl: 'national',
  admin: 'administration',
  spox: 'spokesperson',
  uni: 'university',
  univ: 'university',
  cdn: 'Canadian',
  mil: 'military',
  GOP: 'Republican',
  // countries newsrooms shorten that the lexicon does not know by the short form ("NZ's FM")
  NZ: 'New Zealand',
  UAE: 'United Arab Emirates',
  // a province written with its initials (see `joinInitials` in asked-speaker.ts): "B.C.'s premier"
  'B.C.': 'British Columbia',
  Dem: 'Democratic',
  Dems: 'Democrats',
  // outlets, as reporters type them
  WaPo: 'Washington Post',
  NYT: 'New York Times',
  WSJ: 'Wall Street Journal',
  AP: 'Associated Press',
  AFP: 'Agence France-Presse',
  HuffPo: 'Huffington Post',
  HuffPost: 'Huffington Post',
  LAT: 'Los Angeles Times',
}

/**
 * The titles, and more ranks, as the coverage writes them: each is the same term as the word it stands for, in the
 * text as in questions, so "the governor" finds "Gov. Scott".
 */
const WRITTEN_SHORT: Record<string, string> = {
  ...TITLES,
  supt: 'superintendent',
  lt: 'lieutenant',
  cmdr: 'commander',
  sgt: 'sergeant',
  capt: 'captain',
}

/** The word a title abbreviation written in lower case or capitalised ("Gov", "sen") stands for, else null. */
export function writtenOut(token: string): string | null {
  // (every one is four letters or fewer: most words are not one, and this is asked of every word a question has)
  if (token.length > 4) return null
  // the party's nickname is written in capitals
  if (token === 'GOP') return 'republican'
  if (!/^\p{Lu}?\p{Ll}+$/u.test(token)) return null
  return WRITTEN_SHORT[token.toLowerCase()] ?? null
}

/** The words an abbreviation stands for, or null when the token is not one. */
export function expandAbbreviation(token: string): string[] | null {
  const possessive = /['’]s$/.exec(token)
  const bare = possessive ? token.slice(0, possessive.index) : token
  // (the table's own keys only: "Constructor" is no abbreviation)
  const entry = (key: string) => (Object.hasOwn(ABBREVIATIONS, key) ? ABBREVIATIONS[key] : undefined)
  const long = entry(bare) ?? (/^\p{Lu}\p{Ll}+$/u.test(bare) ? entry(bare.toLowerCase()) : undefined)
  if (!long) return null
  const words = long.split(' ')
  // "WaPo's reporter": the possessive stays on the last word
  if (possessive) words[words.length - 1] = `${words[words.length - 1]}${possessive[0]}`
  return words
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
    const title = /^\p{Lu}\p{Ll}+$/u.test(t.token) && Object.hasOwn(TITLES, t.token.toLowerCase())
    if (title && capitalised(tokens[i - 1]) && !capitalised(tokens[i + 1])) return [t]
    return long.map((token) => ({ ...t, token }))
  })
}
