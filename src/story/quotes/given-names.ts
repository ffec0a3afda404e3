/**
 * Common English given names and the gender they usually signal, for resolving "he"/"she" to the right person.
 * Only a hint: an honorific, a pronoun bound to the name, or a gendered noun in the text takes precedence.
 */
import type { Gender } from './speaker-phrase.js'

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
   ava sophie jasmine jenna katie kate molly rosie tessa chrystia theresa hillary nancy elena mariana carla`,
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
   justin stephen pierre jean-claude francois emmanuel boris vladimir xi shinzo benjamin recep`,
)

/** The gender a given name usually signals, or null. */
export function genderOfGivenName(name: string): Gender | null {
  const first = name.trim().split(/\s+/)[0]?.toLowerCase() ?? ''
  if (name.trim().split(/\s+/).length < 2) return null
  if (FEMALE.has(first)) return 'f'
  if (MALE.has(first)) return 'm'
  return null
}
