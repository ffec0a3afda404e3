/**
 * The story's vocabulary: words a reporter uses interchangeably. Each group is indexed under one extra term,
 * so a question about "negotiations" finds "talks" (exact words still rank first).
 * Groups hold stems as produced by `stemTerm` (lower case, American spelling, Porter stem).
 */
const GROUPS: string[][] = [
  ['talk', 'negoti', 'discuss', 'dialog'],
  ['usa', 'washington', 'american', 'america'],
  ['iran', 'tehran', 'iranian'],
  ['oman', 'muscat', 'omani'],
  ['missil', 'ballist', 'rocket'],
  ['nuclear', 'enrich', 'uranium', 'atom'],
  ['sanction', 'tariff', 'embargo'],
  ['death', 'kill', 'fatal', 'toll'],
  ['protest', 'demonstr', 'unrest', 'turmoil', 'upris'],
  ['war', 'conflict', 'bomb', 'strike', 'attack'],
  ['deal', 'agreement', 'accord'],
  ['envoi', 'deleg', 'negoti'],
  ['trade', 'export', 'import'],
  ['militari', 'armi', 'troop', 'forc'],
  ['meet', 'shake', 'handshak', 'encount'],
  ['arrest', 'detain', 'detent'],
]

const GROUP_OF = new Map<string, string[]>()
GROUPS.forEach((group, i) => {
  for (const stem of group) GROUP_OF.set(stem, [...(GROUP_OF.get(stem) ?? []), `~${i}`])
})

/** The synonym-group terms of a stem (empty when it belongs to none). */
export const synonymTerms = (stem: string): readonly string[] => GROUP_OF.get(stem) ?? []
