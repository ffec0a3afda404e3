/**
 * Common English given names and the gender they usually signal, for resolving "he"/"she" to the right person.
 * Only a hint: an honorific, a pronoun bound to the name, or a gendered noun in the text takes precedence.
 */
import { getGender } from 'gender-detection-from-name'

export type Gender = 'm' | 'f'

const FEMALE = new Set(
  `mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley
   kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura cynthia kathleen
   amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet
   catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith
   megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice jean abigail
   alice judy sophia grace denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany
   charlotte marie kayla alexis lori caroline claire jane julia louise anne ellen erin fiona gillian heidi irene
   jill joanne karin leah leslie lucy marion maureen melanie monica nadia naomi nora paula penny rita rose sally
   sheila sonia stacy susanne sylvia tanya tara tina tracy valerie vanessa wendy yvonne zoe chloe ella lily mia
   ava sophie jasmine jenna katie kate molly rosie tessa chrystia theresa hillary nancy elena mariana carla`.split(
    /\s+/,
  ),
)
const MALE = new Set(
  `james robert john michael david william richard joseph thomas charles christopher daniel matthew anthony mark
   donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary
   nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond
   jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy
   christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe
   bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason
   philip louis bill bob jim mike tom steve dave doug greg jeff ken tim tony rick rob ron ted fred neil colin
   graham ian martin simon stuart trevor derek glen gordon howard hugh jerome lloyd marcus norman oliver oscar
   owen ross victor warren wesley abdullah ahmed ali hassan hussein ibrahim mohammed muhammad mohammad omar
   justin stephen pierre jean-claude francois emmanuel boris vladimir xi shinzo benjamin recep`.split(/\s+/),
)

/** Given names borne by men and women alike, or by a man in one culture and a woman in another ("Xi", "Kim"). */
const EITHER = new Set('xi kim jordan chris alex sam pat robin jean lee dana jamie taylor casey morgan'.split(' '))

const firstName = (name: string): string | null => {
  const words = name.trim().split(/\s+/)
  const first = words[0]?.toLowerCase() ?? ''
  return words.length < 2 || first.length < 2 || EITHER.has(first) ? null : first
}

/** The gender a common given name signals (the list above), or null. */
export function genderOfGivenName(name: string): Gender | null {
  const first = firstName(name)
  if (first === null) return null
  if (FEMALE.has(first)) return 'f'
  if (MALE.has(first)) return 'm'
  return null
}

/** Given name → the gender its tables give, remembered (names recur across articles). */
const guesses = new Map<string, Gender | null>()

/**
 * The gender a given name most often has in the English name tables of `gender-detection-from-name` (about 32,000
 * names), or null. A guess, weaker than anything the text says: many names are given to both.
 */
export function likelyGenderOfGivenName(name: string): Gender | null {
  const first = firstName(name)
  if (first === null) return null
  let g = guesses.get(first)
  if (g === undefined) {
    const found = getGender(first, 'en')
    g = found === 'female' ? 'f' : found === 'male' ? 'm' : null
    if (guesses.size > 50_000) guesses.clear()
    guesses.set(first, g)
  }
  return g
}
