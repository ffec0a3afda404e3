import { describe, expect, test } from 'vitest'
import { extractQuotes } from '../../src/story/quotes/index.js'
import { article } from '../fixtures/quotes/article.js'

const speakersOf = (...paragraphs: string[]) =>
  extractQuotes(article(paragraphs), []).map((q) => [q.text, q.speaker, q.role] as const)

describe('speaker phrases', () => {
  test.each([
    [
      'title before the name',
      'Iranian Foreign Minister Abbas Araghchi said the talks went well.',
      'Abbas Araghchi',
      'Iranian Foreign Minister',
    ],
    [
      'apposition after the name',
      'Abdullah al-Shayji, a US foreign policy expert at Kuwait University, said the talks went well.',
      'Abdullah al-Shayji',
      'US foreign policy expert at Kuwait University',
    ],
    [
      'inverted, with an apposition',
      '“The talks went well,” said Chetham Lakshman, vice-president of Freedom Mobile.',
      'Chetham Lakshman',
      'vice-president of Freedom Mobile',
    ],
    [
      'relative clause and a second apposition',
      'Sarah Buckley, who attended a school nearby, a graduate of 2013, said the culture was bad.',
      'Sarah Buckley',
      'graduate of 2013',
    ],
    ['role noun before the name', '“We will go,” spokesperson Martin Magnan said.', 'Martin Magnan', 'spokesperson'],
    [
      'title with "of"',
      'U.S. Secretary of State Mike Pompeo said the talks went well.',
      'Mike Pompeo',
      'U.S. Secretary of State',
    ],
    ['honorific', 'Ms. May said the deal was dead.', 'May', null],
    [
      'a party tag',
      'Lucille Roybal Allard, D-Calif., the incoming chairwoman, said the vote was set.',
      'Lucille Roybal Allard',
      'incoming chairwoman',
    ],
    ['"however" between subject and verb', 'Scheer, however, said he would not allow it.', 'Scheer', null],
    ['an organisation', 'The British aid group Gatsby said its director was killed.', 'Gatsby', 'British aid group'],
  ])('%s', (_name, paragraph, speaker, role) => {
    const [q] = speakersOf(paragraph)
    expect(q?.[1]).toBe(speaker)
    expect(q?.[2]).toBe(role)
  })

  test.each([
    [
      'an anonymous woman',
      '“We are tired,” a woman who asked to remain anonymous told Al Jazeera.',
      'an anonymous woman',
    ],
    [
      'an anonymous official',
      'A senior official, who spoke on condition of anonymity, said the deal was close.',
      'an anonymous official',
    ],
    ['a plain description', 'A senior official said the deal was close.', 'a senior official'],
    ['a bare plural', 'Analysts said the deal was close.', 'analysts'],
    [
      'a redacted name',
      '“This is an outrage,” a citizen, whose name is redacted, wrote on Aug. 29.',
      'an anonymous citizen',
    ],
  ])('unnamed sources are described honestly: %s', (_name, paragraph, speaker) => {
    expect(speakersOf(paragraph)[0]?.[1]).toBe(speaker)
  })
})

describe('coreference', () => {
  test('a surname alone maps to the full name of the first mention', () => {
    const quotes = speakersOf(
      'Iranian Foreign Minister Abbas Araghchi arrived in Muscat on Friday.',
      '“We are ready,” Araghchi said.',
    )
    expect(quotes).toEqual([['We are ready', 'Abbas Araghchi', 'Iranian Foreign Minister']])
  })

  test('a surname misspelt by one letter is the person named in full, when only one is that close', () => {
    const quotes = speakersOf(
      'Campaign manager Matt Kellermann spoke after the debate.',
      '“It is a new low,” Kellerrmann said.',
    )
    expect(quotes.map((q) => q[1])).toEqual(['Matt Kellermann'])
  })

  test('a short surname one letter from another is another person, never a slip', () => {
    const quotes = speakersOf('Mayor John Hansen opened the hall on Monday.', '“We are proud,” Hanson said.')
    expect(quotes[0]?.[1]).toBe('Hanson')
  })

  test.each([
    [
      'he after a named speaker',
      ['Jane Doe met John Roe.', 'John Roe said the talks failed.', '“We tried,” he added.'],
      'John Roe',
    ],
    [
      'she skips a man mentioned since',
      ['Jane Doe said she was tired.', 'Her husband, John Roe, was not there.', '“We tried,” she said.'],
      'Jane Doe',
    ],
    [
      'a name inside the quotation is not the antecedent',
      ['Ken Njoroge said he lost track of his staff.', 'Hiram Macharia and others hid under desks, he said.'],
      'Ken Njoroge',
    ],
    [
      'a name inside a direct quotation is never the speaker',
      ['Jane Doe spoke to the crowd.', '“John Roe is a liar,” she said.'],
      'Jane Doe',
    ],
    [
      'the role noun refers back to the person with that title',
      ['Education Minister Rob Fleming visited the school.', 'The school is too old, the minister said.'],
      'Rob Fleming',
    ],
    [
      'the vice president is not the president',
      ['President Donald Trump met Vice President Mike Pence.', 'The plan is dead, the vice president said.'],
      'Mike Pence',
    ],
    [
      'the president is not the vice president',
      ['President Donald Trump met Vice President Mike Pence.', 'The plan is alive, the president said.'],
      'Donald Trump',
    ],
    [
      'an epithet refers back to the last person',
      ['Nino Niederreiter scored twice on Friday.', 'The 26-year-old right wing said his teammates helped.'],
      'Nino Niederreiter',
    ],
    [
      'her statement is hers',
      ['Environment Minister Shannon Phillips cancelled the sessions.', '“People are afraid,” her statement read.'],
      'Shannon Phillips',
    ],
    [
      'a paragraph that is only a quotation continues the last speaker',
      ['“We tried,” Jane Doe said.', '“And we will try again.”'],
      'Jane Doe',
    ],
  ])('%s', (_name, paragraphs, speaker) => {
    const quotes = speakersOf(...paragraphs)
    expect(quotes.at(-1)?.[1]).toBe(speaker)
  })

  test('a pronoun with nobody to refer to gives no speaker', () => {
    expect(speakersOf('“We tried,” she said.')).toEqual([['We tried', null, null]])
  })

  test('an organisation noun refers back to an organisation, not a person', () => {
    const quotes = speakersOf(
      'The Canadian Union of Public Employees met on Monday.',
      'The union said the strike would go on.',
    )
    expect(quotes[0]?.[1]).toBe('Canadian Union of Public Employees')
  })
})

describe('asides between dashes and capitalised verbs', () => {
  test.each([
    [
      'an "as X noted" aside before the verb',
      'Jane Roe -- as her rivals noted -- said the vote was rigged.',
      'Jane Roe',
    ],
    [
      'a relative clause between em dashes',
      'Jane Roe — who declined to comment further — told reporters the talks failed.',
      'Jane Roe',
    ],
    [
      'a sentence about the name before an aside quotes them',
      'Party spokesman Jane Roe -- as the rival camp noted this week -- has mocked them for "losing to a fringe candidate."',
      'Jane Roe',
    ],
    [
      'a verb of saying with a brand capital',
      'Jane Roe, the head of the PAC, Tweeted on Friday: “Not us at all.”',
      'Jane Roe',
    ],
  ])('%s', (_name, paragraph, speaker) => {
    expect(speakersOf(paragraph).map((q) => q[1])).toEqual([speaker])
  })

  test('a capitalised verb before another capital stays part of a name', () => {
    expect(speakersOf('Jane Roe praised the Posted Notice Act.')).toEqual([])
  })
})

describe('round 10: a person at a firm, one person with two roles, and a report of a whole clause', () => {
  test('a firm named with its legal form after "of" is where the person works ("Gelles of Wertheim & Co.")', () => {
    const quotes = speakersOf(
      'Acme Co. said it would cut 1,100 jobs.',
      '“It is a cosmetic move,” said Jonathan S. Gelles of Wertheim Schroder amp Co.',
      '“It is a real move,” said Jane Roe of Baker Lane Inc.',
    )
    expect(quotes.map((q) => q[1])).toEqual(['Acme Co.', 'Jonathan S. Gelles', 'Jane Roe'])
  })

  test('"the Ohio governor and Republican candidate": a second role sharing the article is the same person', () => {
    const quotes = speakersOf(
      'Gov. Jane Roe answered first.',
      '“We are ready,” the Ohio governor and Republican presidential candidate said in a statement.',
      '“We are not,” the governor and a rival said.',
    )
    expect(quotes.map((q) => q[1])).toEqual(['Jane Roe', 'a rival'])
  })

  test('", X said." closing a sentence reports its whole clause, a statement of saying in it included', () => {
    const quotes = speakersOf(
      'Roe assured Smith that the plant would stay open, Roe’s spokesman Tom Hale said, according to the Interfax news agency.',
      'Lee told reporters that the deal was dead, a company spokeswoman said.',
      'Lee said the deal, he said, was dead.',
      'Lee said the deal was dead, a point Jane Poe also made.',
    )
    expect(quotes.map((q) => [q[0], q[1]])).toEqual([
      ['the plant would stay open', 'Roe'],
      ['Roe assured Smith that the plant would stay open', 'Tom Hale'],
      ['the deal was dead', 'Lee'],
      ['Lee told reporters that the deal was dead', 'a company spokeswoman'],
      ['the deal, he said, was dead', 'Lee'],
      ['the deal was dead, a point Jane Poe also made', 'Lee'],
    ])
  })
})

test('initials in brackets after an apposition stay in it: the sentence is still about the person', () => {
  const quotes = speakersOf(
    'Article 33 affirms: “No state shall expel a refugee.”',
    'Jane Roe, the United Nations High Commissioner for Refugees (UNHCR), reacted skeptically to the deal, “I am concerned about any agreement.”',
  )
  expect(quotes.map((q) => q[1])).toEqual(['Article', 'Jane Roe'])
})
