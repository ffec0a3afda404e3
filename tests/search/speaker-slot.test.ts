import { describe, expect, test } from 'vitest'
import { findSpeakerSlot } from '../../src/search/speaker-slot.js'

describe('findSpeakerSlot: where a question names the person whose words it asks for', () => {
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
    'How did London’s FTSE 100 react to the vote?',
  ])('%s → no speaker asked about by name', (question) => expect(findSpeakerSlot(question)).toBeNull())
})
