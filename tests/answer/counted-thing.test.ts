import { describe, expect, test } from 'vitest'
import { countedThing } from '../../src/answer/counted.js'
import { Engine } from '../../src/engine.js'
import { article, story } from '../helpers/story.js'

describe('what "how many" counts', () => {
  test('the head of the counted words, and the participle of a passive', () => {
    expect(countedThing('How many pledged delegates did the senator win?')).toEqual({
      noun: 'delegates',
      passive: null,
    })
    expect(countedThing('How many cars were seized at the border?')).toEqual({ noun: 'cars', passive: 'seized' })
    expect(countedThing('How many migrants have been deported so far?')).toEqual({
      noun: 'migrants',
      passive: 'deported',
    })
    expect(countedThing('How many people died in the flood?')).toEqual({ noun: null, passive: null })
    // a verb in the present after a plural ends the counted words
    expect(countedThing('How many pilgrims arrive at the shrine each spring?')).toEqual({
      noun: 'pilgrims',
      passive: null,
    })
    expect(countedThing('How many seats go to the winner of the county vote?')).toEqual({
      noun: 'seats',
      passive: null,
    })
    // a noun after a singular modifier is the head ("How many state troopers …"), and "business" is no plural
    expect(countedThing('How many state troopers guard the border?')).toEqual({ noun: 'troopers', passive: null })
    expect(countedThing('How many times did the mayor veto the budget?')).toEqual({ noun: null, passive: null })
    expect(countedThing('How much did the city pay?')).toEqual({ noun: null, passive: null })
    // a capitalised counted noun is counted as written ("Canadians", "Democrats")
    expect(countedThing('How many Canadians were injured in the crash?')).toEqual({
      noun: 'Canadians',
      passive: 'injured',
    })
  })
})

// A made-up day: an airline that serves cities in a state where a primary was held, raids with no arrests, and a
// shelter whose animals are counted by kind.
const airline = article('airline', ['Coastal Air serves 10 cities in Oregon and Nevada.'])
const primary = article('primary', ['Voters in Oregon went to the polls in the primary on Tuesday.'])
const raids = article('raids', ['Police raided two homes in Salem and searched for a suspect in the fraud.'])
const shelter = article('shelter', [
  'Inspectors seized animals from a shelter in Bend on Monday.',
  'In all, 106 cats, two dogs and one turtle were taken away.',
])
const crash = article('crash', [
  'A bus carrying tourists from Lima overturned near Cusco on Sunday, killing nine people.',
  'Peruvian officials said two Chileans were among the dead.',
])
const race = article('race', ['Two Canadians won the Lima marathon on Sunday.'])
const engine = new Engine(story([airline, primary, raids, shelter, crash, race], [], [], []))

describe('a count of something else does not answer "how many"', () => {
  test('a passage whose article never names what is counted is no answer', () => {
    expect(engine.ask('How many delegates did the governor win in the Oregon primary?').answer).toBeNull()
  })

  test('a count in a passage that never names the event counted is no answer', () => {
    expect(engine.ask('How many people were arrested in the Salem raids over the fraud?').answer).toBeNull()
  })

  test('a people the article never names is not counted by its count of the dead', () => {
    expect(engine.ask('How many Canadians were killed in the Cusco bus crash?').answer).toBeNull()
    expect(engine.ask('How many Chileans were killed in the Cusco bus crash?').answer).not.toBeNull()
  })

  test('an article that names the thing counted may count it by kinds', () => {
    expect(engine.ask('How many animals were seized from the Bend shelter?').answer?.text).toMatch(/106 cats/)
  })
})
