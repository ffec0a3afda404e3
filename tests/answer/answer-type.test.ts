import { describe, expect, test } from 'vitest'
import { answerTypeMet, askedNoun, compoundModifiers, measuredNoun } from '../../src/answer/answer-type.js'
import { Engine } from '../../src/engine.js'
import { type Lexicon, NO_LEXICON } from '../../src/search/lexicon.js'
import { article, story } from '../helpers/story.js'

// A made-up week of coverage: enrichment without an amount, a count located in another city, a price never given,
// a meeting held and another promised without a place.
const week = article('week', [
  'The two adversaries met for the first time in a year to discuss nuclear enrichment and sanctions.',
  'Officials in Lyon said the bombing at the central station was the worst in the country in decades.',
  'A string of similar attacks killed 130 people in Marseille last November, officials said.',
  'The developer added two golf clubs to his portfolio in 2012, the Pine Hollow Golf Club in Tamarac among them.',
  'To avoid similar trouble, the city itself bought another course in Ridgefield in a 2011 short sale for $3.3 million.',
  'The talks, held in Geneva on Friday, were the first between the two sides since the war.',
  'The minister pledged another round of talks next week following mediated discussions in Geneva.',
  'The regulator said the bank holds 40 tonnes of gold in its vaults in Zurich.',
  'Norwell Mills is making a friendly bid of 310 pence ($4.90) a share for the textile maker Pike & Sons.',
])
// a fraud case before any verdict, and one after it
const fraud = article('fraud', [
  'Prosecutors warned lawyers for the retailer Sam Vale that the government may seize his fees if he is indicted.',
])
const verdict = article('verdict', [
  'The banker Rosa Lind was sentenced on Monday to six years in prison for the fraud at the Northgate fund.',
])
// another story, of a bombing it places only "there"
const wire = article('wire', [
  'A bomb exploded outside the embassy on Friday.',
  'At least 75 people were killed and 1,643 wounded there, ambulance officials said.',
])
const engine = new Engine(story([week, wire, fraud, verdict], [], [], []))

describe('the kind of answer a question asks for', () => {
  test('"how much NOUN" needs an amount of that noun in the answering sentence, not any number', () => {
    expect(measuredNoun('How much uranium enriched to 60 percent does the country hold?')).toBe('uranium')
    expect(measuredNoun('How much is the tax expected to add?')).toBeNull()
    expect(measuredNoun('How much of the trade is with China?')).toBeNull()
    // "per" is a preposition: "how much per share" asks for a price, as "a share" writes it
    expect(measuredNoun('How much per share is Norwell offering?')).toBeNull()
    expect(engine.ask('How much uranium enriched to 60 percent does the country hold?').answer).toBeNull()
    expect(engine.ask('How much gold does the bank hold in Zurich?').answer?.text).toMatch(/40 tonnes of gold/)
  })

  test('"how much per share" is answered by a price "a share"', () => {
    expect(engine.ask('How much per share is Norwell Mills offering for Pike & Sons?').answer?.text).toMatch(
      /310 pence \(\$4\.90\) a share/,
    )
  })

  test('"how much did X pay" needs a sum of money, not a count', () => {
    expect(engine.ask('How much did the developer pay for the Pine Hollow club?').answer).toBeNull()
    expect(engine.ask('How much did the city pay for the course in Ridgefield?').answer?.text).toMatch(/\$3\.3 million/)
  })

  test('a count located in another place than the one asked about does not answer', () => {
    expect(engine.ask('How many people were killed in the Lyon station bombing?').answer).toBeNull()
    // nor a count in a story that never names the place asked about
    expect(engine.ask('How many people were killed in the Brussels airport attacks?').answer).toBeNull()
    expect(engine.ask('How many people were wounded in the embassy bombing?').answer?.text).toMatch(/1,643 wounded/)
    expect(engine.ask('How many people were killed in the Marseille attacks?').answer?.text).toMatch(/130 people/)
  })

  test('"What NOUN …" narrowed by the question needs an article that names that kind of thing', () => {
    expect(askedNoun('What prison sentence did Sam Vale receive?')).toBe('sentence')
    expect(askedNoun("What's the weather forecast for the march?")).toBe('forecast')
    expect(askedNoun('What role did Sam Vale play?')).toBeNull()
    expect(askedNoun('What stake would a bidder need?')).toBeNull()
    expect(engine.ask('What prison sentence did the retailer Sam Vale receive?').answer).toBeNull()
    expect(engine.ask('What prison sentence did the banker Rosa Lind receive?').answer?.text).toMatch(/six years/)
  })

  test('"What will the NOUN be" asks the state of its subject, which the answer\'s article must name', () => {
    expect(askedNoun('What will the weather be in Geneva this weekend?')).toBe('weather')
    expect(askedNoun('What is the mood like in Zurich?')).toBe('mood')
    expect(askedNoun('What will the Fed be doing?')).toBeNull()
    expect(engine.ask('What will the weather be in Geneva this weekend?').answer).toBeNull()
    const sunny = new Engine(
      story([article('forecast', ['Sunny weather is expected in Geneva this weekend.'])], [], [], []),
    )
    expect(sunny.ask('What will the weather be in Geneva this weekend?').answer?.text).toMatch(/Sunny weather/)
  })

  test('"where will" needs a place the sentence gives for what is to come, not that of an earlier meeting', () => {
    expect(engine.ask('Where will the next round of talks take place?').answer).toBeNull()
    expect(engine.ask('Where were the talks held on Friday?').answer?.text).toMatch(/held in Geneva on Friday/)
  })
})

describe('a compound names a narrower kind than its head ("weather forecast")', () => {
  const lexicon: Lexicon = {
    ...NO_LEXICON,
    senses: (w) =>
      w === 'weather forecast'
        ? [{ pos: 'noun', words: ['weather forecast', 'weather outlook'], related: [], file: 'noun.communication' }]
        : [],
  }
  const q = "What's the weather forecast for Lyon during the summit?"

  test("the first words of the compound's names are what an answer's article must write", () => {
    expect(compoundModifiers(q, 'forecast', lexicon)).toEqual(['weather'])
    // not a compound the lexicon knows ("the latest forecast"), nor a name before the noun
    expect(compoundModifiers("What's the latest forecast for Lyon?", 'forecast', lexicon)).toBeNull()
    expect(compoundModifiers("What's the Reuters forecast for Lyon?", 'forecast', lexicon)).toBeNull()
  })

  test('"That forecast appeared accurate" in an article on a vote is no weather forecast', () => {
    const text = 'That forecast appeared accurate when the committee voted.'
    const question = { text: q, shape: 'other', names: new Set<string>(), terms: [], kindAsked: 'forecast' }
    const passage = (written: string[]) => ({
      text,
      sentence: { start: 0, end: text.length },
      matches: [],
      before: null,
      place: () => null,
      articleWrites: (w: string) => written.includes(w),
    })
    expect(answerTypeMet({ ...question, kindModifiers: ['weather'] }, passage(['forecast']))).toBe(false)
    expect(answerTypeMet({ ...question, kindModifiers: ['weather'] }, passage(['forecast', 'weather']))).toBe(true)
    expect(answerTypeMet({ ...question, kindModifiers: null }, passage(['forecast']))).toBe(true)
  })
})
