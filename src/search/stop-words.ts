/**
 * Words that carry no signal in a newsroom question or a news paragraph. Kept small on purpose: words such as
 * "said", "talks" or "deal" matter here, and a generic list would drop them.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor so yet of in on at to for from by with about as into onto over under than then ' +
    'is are was were be been being am do does did doing done have has had having will would shall should can could ' +
    'may might must it its it’s this that these those there here their theirs them they he him his she her hers ' +
    'we our ours you your yours i me my mine who whom whose what which when where why how whether if also just ' +
    'very too any some such own same other each every both all no not only more most much many few again ever ' +
    'after before during since until between against among through while because despite without within per ' +
    'please me us anyone something anything everything one s t d ll re ve m'
  )
    .split(/\s+/)
    .filter(Boolean),
)

/** Question words and verbs of asking that say what shape the question has, not what it is about. */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(
  'who whom what when where why how which whose say says said saying tell told telling know explain describe happen happens happened occur occurs occurred'.split(
    ' ',
  ),
)
