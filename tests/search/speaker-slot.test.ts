import { describe, expect, test } from 'vitest'
import { parseQuestion } from '../../src/search/parse-question.js'
import { findSpeakerSlot } from '../../src/search/speaker-slot.js'

describe('findSpeakerSlot: where a question names the person whose words it asks for', () => {
  test('a verb of saying the caller knows ("mock" from a lexicon) asks for the subject\'s words', () => {
    const isSayVerb = (w: string) => w === 'mock'
    expect(findSpeakerSlot("How did Bernie mock Clinton's claim?", { isSayVerb })?.text).toBe('Bernie')
    expect(findSpeakerSlot("How did Bernie's claim mock Clinton?", { isSayVerb })?.text).toBe("Bernie's claim")
  })

  test('"How did X <verb> Y?" asks for X when the lexicon gives the verb as one of stance, with an object after it', () => {
    const isStanceVerb = (w: string) => w === 'view' || w === 'plan'
    const isVerb = (w: string) => ['view', 'plan', 'pay'].includes(w)
    expect(findSpeakerSlot('How did Bennett view Sanders?', { isStanceVerb })?.text).toBe('Bennett')
    expect(findSpeakerSlot('How does the Fed chair view the rates?', { isStanceVerb })?.text).toBe('the Fed chair')
    // not without the lexicon, not after "when", not before an infinitive, not as a noun ("the view")
    expect(findSpeakerSlot('How did Bennett view Sanders?')).toBeNull()
    expect(findSpeakerSlot('When did Bennett view Sanders?', { isStanceVerb })).toBeNull()
    expect(findSpeakerSlot('How does Bennett plan to pay for it?', { isStanceVerb, isVerb })).toBeNull()
    expect(findSpeakerSlot('How did the view change Sanders?', { isStanceVerb })).toBeNull()
  })

  test('a participle after an adjective the lexicon knows ("longtime") modifies the head too', () => {
    const question = 'Which longtime syndicated columnist argued for the deal?'
    expect(findSpeakerSlot(question, { isModifier: (w) => w === 'longtime' })?.text).toBe(
      'longtime syndicated columnist',
    )
    expect(findSpeakerSlot(question)?.text).toBe('longtime')
  })

  test.each([
    ['What did Okafor say about Manitoba?', 'Okafor', false],
    [
      'What did the political scientist from the university say about the numbers?',
      'the political scientist from the university',
      false,
    ],
    ['Why did al-Shabab say it attacked the complex?', 'al-Shabab', false],
    ['Did Lee say the budget was too small?', 'Lee', false],
    ['Has Witkoff commented on the talks?', 'Witkoff', false],
    ['Hadwin on his putting?', 'Hadwin', false],
    ["Zach Johnson's reaction to the split?", 'Zach Johnson', false],
    ["What's Premier Doug Ford's position on renovictions?", 'Premier Doug Ford', false],
    ['How many died, according to the local police?', 'the local police', false],
    ['Which judge said the fight had turned bitter?', 'judge', true],
    ['Which veteran caddie joked that he found work?', 'veteran caddie', true],
    // a participle before the head noun modifies it; the verb comes after the whole noun phrase
    ['Which syndicated radio host argued that the tax was unfair?', 'syndicated radio host', true],
    ['Which retired general warned about the war?', 'retired general', true],
    ['Which newly elected official said the vote was rigged?', 'newly elected official', true],
    ['Which senator warned voters concerned about the tax?', 'senator', true],
    ['Which of the retired generals said the war was lost?', 'of the retired generals', true],
    // any verb of saying the quote analysis knows, after "what did X"
    ['What did the executive director demand of Clinton?', 'the executive director', false],
    ['What new sanctions did Washington announce alongside the talks?', 'Washington', false],
    ['What issues does Israel want added to the negotiations?', 'Israel', false],
    ['Would Sid Blumenthal have warned Hillary about the server?', 'Sid Blumenthal', false],
    ['What has the Kenya Tourist Office been telling travelers?', 'the Kenya Tourist Office', false],
    ["How did Sen. Kelly Ayotte's campaign manager explain the refund?", "Sen. Kelly Ayotte's campaign manager", false],
    ['How did Okafor react to the ruling?', 'Okafor', false],
    ['How did the minister answer reports that she would resign?', 'the minister', false],
  ])('%s → %s', (question, text, asked) => {
    const slot = findSpeakerSlot(question)
    expect(slot?.text).toBe(text)
    expect(slot?.asked).toBe(asked)
    expect(question.slice(slot?.start, slot?.end)).toBe(text)
  })

  test.each([
    "Who said Lee isn't qualified?",
    'Who accused the police board of ignoring racism?',
    'Did Araghchi meet the Americans in person?',
    'When did Kevin Vickers shoot the gunman?',
    'What did Trump sign after praising the talks?',
    'What share of Iran’s trade is with China?',
    'How did London’s FTSE 100 fare after the vote?',
    'When did Obama give his Oval Office speech on fighting the Islamic State?',
    "How did Bernie mock Clinton's claim?",
    'What did Sanders do after the vote?',
    'What did the mayor build?',
    "What stake would a hostile bidder need to set off the company's poison pill?",
    'What prison sentence did the founder receive?',
  ])('%s → no speaker asked about by name', (question) => expect(findSpeakerSlot(question)).toBeNull())
})

describe('the verb after the subject', () => {
  test.each([
    ['When did skywriting planes fly anti-Trump messages over the parade?', null],
    ['When is the next round of talks?', null],
    ['What did US envoy Steve Witkoff say after the talks?', 'US envoy Steve Witkoff'],
  ])('%s → %s', (question, text) => expect(findSpeakerSlot(question)?.text ?? null).toBe(text))

  test('"which ROLE VERBs": a present-tense verb ends the role, a plural noun does not; an auxiliary ends the search', () => {
    const isVerb = (w: string) => w === 'fears'
    const slot = findSpeakerSlot('Which economist fears Democrats will start praising budgets?', { isVerb })
    expect(slot?.text).toBe('economist')
    expect(slot?.says).toBe(false)
    expect(findSpeakerSlot('Which economist fears Democrats will start praising budgets?')).toBeNull()
  })

  test('what someone wants or thinks, and "according to", may be reported without a quote', () => {
    expect(findSpeakerSlot('What does Israel want from the talks?')?.says).toBe(false)
    expect(findSpeakerSlot('How many died, according to the police?')?.says).toBe(false)
    expect(findSpeakerSlot('What did Israel say about the talks?')?.says).toBe(true)
  })
})

describe('the shape of questions whose verb of saying is not "say"', () => {
  test.each([
    ['Which syndicated radio host argued that the tax was unfair?', 'who-said'],
    ['Which embattled mayor insisted he would stay?', 'who-said'],
    ['What did the executive director demand of Clinton?', 'what-said'],
    ['What did Sanders concede about the race?', 'what-said'],
    ['What did Sanders do after the vote?', 'other'],
    ['What did the mayor build?', 'other'],
  ])('%s → %s', (question, shape) => expect(parseQuestion(question).shape).toBe(shape))
})

describe('a reaction asked with a verb and "back" ("hit back", "fire back", "lash out")', () => {
  test.each([
    ['How did Sanders hit back at the editorial board?', 'Sanders', 'hit'],
    ['How did the mayor fire back at her critics?', 'the mayor', 'fire'],
    ['How did Roe lash out at the press?', 'Roe', 'lash'],
  ])('%s', (question, text, acts) => {
    expect(findSpeakerSlot(question)).toMatchObject({ text, says: true, acts })
  })

  test('without its particle the verb asks about no statement', () => {
    expect(findSpeakerSlot('When did Sanders hit the road?')).toBeNull()
    expect(findSpeakerSlot('How did Roe push the bill through?')).toBeNull()
  })
})

describe('a noun of quantity before "of" asks how many hold a view, not who', () => {
  test('"What share of voters think …" has no speaker slot and is no "who said" question', () => {
    expect(findSpeakerSlot('What share of voters now think the mayor could win?')).toBeNull()
    expect(findSpeakerSlot('What percentage of nurses said they would strike?')).toBeNull()
    expect(parseQuestion('What proportion of farmers believe the levy is fair?').shape).not.toBe('who-said')
    // a description of a person is still the speaker asked for
    expect(findSpeakerSlot('Which union leader said the levy is unfair?')?.asked).toBe(true)
  })
})

describe('the verb of a yes/no question comes after its described subject', () => {
  const isVerb = (w: string) => ['top', 'endorse'].includes(w)
  test('"Did Iran\'s top diplomat say …" asks about a statement, not about "top" as a verb', () => {
    const parsed = parseQuestion("Did Iran's top diplomat say he got to shake hands with them?", { isVerb })
    expect(parsed.slot?.text).toBe("Iran's top diplomat")
    expect([...parsed.focus]).toEqual([])
  })

  test('a named subject still has its verb as the focus', () => {
    expect([...parseQuestion('Did McConnell endorse Trump?', { isVerb }).focus]).toEqual(['endors'])
  })
})

describe('British spellings of a verb are the verb', () => {
  test('"How did X characterise Y?" asks for X as "characterize" does', () => {
    const isSayVerb = (w: string) => w === 'characterize'
    expect(findSpeakerSlot('How did Bennett characterise the talks?', { isSayVerb })?.text).toBe('Bennett')
    expect(findSpeakerSlot('How did Bennett characterize the talks?', { isSayVerb })?.text).toBe('Bennett')
  })
})
