/** British spellings mapped to American ones, so "programme" finds "program" and "defence" finds "defense". */

const WORDS: Record<string, string> = {
  programme: 'program',
  programmes: 'programs',
  defence: 'defense',
  defences: 'defenses',
  offence: 'offense',
  offences: 'offenses',
  licence: 'license',
  pretence: 'pretense',
  centre: 'center',
  centres: 'centers',
  theatre: 'theater',
  metre: 'meter',
  metres: 'meters',
  kilometre: 'kilometer',
  kilometres: 'kilometers',
  manoeuvre: 'maneuver',
  manoeuvres: 'maneuvers',
  catalogue: 'catalog',
  dialogue: 'dialog',
  analyse: 'analyze',
  analysed: 'analyzed',
  paralyse: 'paralyze',
  grey: 'gray',
  tyre: 'tire',
  cheque: 'check',
  jewellery: 'jewelry',
  sceptical: 'skeptical',
  ageing: 'aging',
  travelled: 'traveled',
  travelling: 'traveling',
  cancelled: 'canceled',
  cancelling: 'canceling',
  labelled: 'labeled',
  modelling: 'modeling',
  signalled: 'signaled',
  fulfil: 'fulfill',
  enrol: 'enroll',
  aluminium: 'aluminum',
}

/** Words ending in -our that are not British spellings of -or. */
const OUR_EXCEPTIONS = new Set([
  'four',
  'hour',
  'our',
  'your',
  'tour',
  'pour',
  'flour',
  'sour',
  'detour',
  'devour',
  'dour',
])

/** Words ending in -ise that are spelled so on both sides of the Atlantic. */
const ISE_EXCEPTIONS = new Set(
  (
    'advertise advise arise chastise circumcise comprise compromise concise demise despise devise disguise ' +
    'enterprise excise exercise expertise franchise improvise incise merchandise precise premise promise revise ' +
    'supervise surmise surprise televise otherwise likewise clockwise paradise treatise reprise noise raise rise ' +
    'praise poise wise guise cruise bruise anise'
  ).split(' '),
)

/** Lower-case word → its American spelling (the word itself when it is not a British variant). */
export function americanSpelling(word: string): string {
  const mapped = WORDS[word]
  if (mapped) return mapped
  const our = /^(\p{L}{2,})our(s|ed|ing|ite|ites|able)?$/u.exec(word)
  if (our && !OUR_EXCEPTIONS.has(`${our[1]}our`)) return `${our[1]}or${our[2] ?? ''}`
  const ise = /^(\p{L}{3,})is(e|es|ed|ing|ation|ations)$/u.exec(word)
  if (ise && !ISE_EXCEPTIONS.has(`${ise[1]}ise`)) return `${ise[1]}iz${ise[2]}`
  return word
}
