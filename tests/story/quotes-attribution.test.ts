/** Attribution rules of English news writing, each with small made-up sentences. */
import { describe, expect, test } from 'vitest'
import { EntityRegistry } from '../../src/story/quotes/entities.js'
import { extractQuotes } from '../../src/story/quotes/index.js'
import { mainSubject } from '../../src/story/quotes/subject.js'
import { tokenize } from '../../src/story/quotes/units.js'
import { article } from '../fixtures/quotes/article.js'

const said = (...paragraphs: string[]) =>
  extractQuotes(article(paragraphs), []).map((q) => ({ text: q.text, speaker: q.speaker }))
const speakerOf = (text: string, ...paragraphs: string[]) =>
  extractQuotes(article(paragraphs), []).find((q) => q.text.startsWith(text))?.speaker

describe('a paragraph that ends in a colon introduces the quotation that follows', () => {
  test.each([
    ['"He said:"', 'Jane Doe spoke last. She said:'],
    ['a verb that takes only quotations', 'The Daily Planet responded:'],
    ['"as X observed, ...:"', 'As Jane Doe observed, the winner was not on the stage at all:'],
    ['an addressee and an adjunct', 'Jane Doe spoke last. She told the crowd, to loud applause:'],
  ])('%s', (_name, first) => {
    const speaker = speakerOf('We will win', first, '“We will win. The rest will follow.”')
    expect(speaker).toBe(first.includes('Planet') ? 'Daily Planet' : 'Jane Doe')
  })

  test('without the colon the next paragraph is not given to the speaker', () => {
    expect(speakerOf('We will win', 'Jane Doe said the talks began.', 'Later, “We will win” was heard.')).toBe(
      undefined,
    )
  })
})

describe('wire-service archives', () => {
  test("quotations written ``...'' are read, each with its speaker", () => {
    expect(
      said(
        "Replied State Department spokesman Richard Roe, ``We have not analyzed it. ``It is just more rhetoric.'' The force has grown.",
        "``No one should doubt our resolve,'' Jane Doe said.",
      ),
    ).toEqual([
      { text: 'We have not analyzed it.', speaker: 'Richard Roe' },
      { text: 'It is just more rhetoric.', speaker: 'Richard Roe' },
      { text: 'No one should doubt our resolve', speaker: 'Jane Doe' },
    ])
  })

  test('a verb of saying that opens the sentence has its speaker after it', () => {
    expect(speakerOf('We will see', 'Added Mr. Roe: “We will see.”')).toBe('Roe')
  })
})

describe('a participle takes the subject of the main clause', () => {
  test.each([
    ['after a participle phrase and a place', 'Speaking at a rally in Salem, New Hampshire, Jane Doe went after Roe'],
    ['after "And then"', 'And then Jane Doe went fully on the attack'],
    ['after a time and a subordinate phrase', 'On Thursday, after remaining neutral for months, Jane Doe endorsed Roe'],
    ['after a prepositional phrase', 'During the debate, Jane Doe made an unprompted call for a new budget'],
  ])('%s', (_name, clause) => {
    expect(speakerOf('a total stiff', `${clause}, calling him “a total stiff.”`)).toBe('Jane Doe')
  })
})

describe('appositions that say where the speaker is from', () => {
  test.each([
    ['a city and its state', 'John Roe, a delegate from Houston, Texas, said the vote was a circus.', 'John Roe'],
    ['age, city and state abbreviation', 'Cory Roe, 22, of Flint, Mich., said the vote was a circus.', 'Cory Roe'],
    [
      'an initial is part of the name, not a tag',
      'Similarly, William J. Roe, a former education secretary, said the vote was a circus.',
      'William J. Roe',
    ],
    ['"NAME of STATE"', '“The vote was a circus,” said Representative Peter T. Roe of New York.', 'Peter T. Roe'],
    [
      'a surname that is also a title, then "of STATE"',
      '“The vote was a circus,” said Representative Peter T. Queen of New York, who endorsed Ms. Roe.',
      'Peter T. Queen',
    ],
    ["a given name and a title's word", '“The vote was a circus,” said Sen. John Bishop of Arizona.', 'John Bishop'],
    [
      'a city, its state written in full and an apposition before the verb',
      'Mayor Jane Doe of Dayton, Ohio, a retired nurse, said the vote was a circus.',
      'Jane Doe',
    ],
  ])('%s', (_name, paragraph, speaker) => {
    expect(speakerOf('', paragraph)).toBe(speaker)
  })

  test('an organisation named with "of" stays whole', () => {
    expect(speakerOf('', 'The Bank of Canada said the rate would hold.')).toBe('Bank of Canada')
  })

  test('a title "of" a place is no surname', () => {
    expect(speakerOf('', 'The Secretary of State said the rate would hold.')).not.toBe('State')
  })
})

describe('a dateline is not the subject', () => {
  test.each([
    ['with a date and an agency', 'WASHINGTON, Dec. 8 (UPI) — Jane Doe rallied supporters, saying: “We are ready.”'],
    ['with an agency', 'Washington (AFP) – Jane Doe took a swipe at her rival, saying that the plan would fail.'],
  ])('%s', (_name, paragraph) => {
    expect(speakerOf('', paragraph)).toBe('Jane Doe')
  })
})

describe('the sentence after a quotation', () => {
  test('a short attribution sentence names the speaker of the quotation before it', () => {
    expect(speakerOf('We need it', 'He spoke. “We need it NOW!” Jane Doe said on Twitter.')).toBe('Jane Doe')
  })

  test('a sentence with a statement of its own is not merged into the quotation before it', () => {
    const quotes = extractQuotes(
      article(['Jane Doe says the game “has become soft.” He says referees throw flags all the time.']),
      [],
    )
    expect(quotes.map((q) => q.text)).toEqual(['the game “has become soft.”', 'referees throw flags all the time'])
  })
})

describe('names are not openers', () => {
  test('a given name in -ly opens the main clause as its subject', () => {
    expect(speakerOf('it is time', 'Carly Roe backed the senator on Wednesday, saying it is time to act.')).toBe(
      'Carly Roe',
    )
  })

  test('a capitalised word that is also a speech verb belongs to the name after "said"', () => {
    expect(speakerOf('', '“We won,” said Montclair State University political scientist Jane Roe.')).toBe('Jane Roe')
  })
})

describe('the verb and what stands around it', () => {
  test.each([
    ['"retorted:"', 'Jane Doe retorted: “There is a special place for them.”', 'There is a special place'],
    [
      '"charged" after a quotation',
      '“You called them names,” Jane Doe charged in her speech.',
      'You called them names',
    ],
    ['"opined" inverted', '“Leave the guns at home,” opined Jane Doe.', 'Leave the guns at home'],
    [
      'a verb of quotations with "that"',
      'Jane Doe joked that she likes a good “peaceful protest” now and then.',
      'she likes',
    ],
    ['"responded that"', 'Jane Doe responded that the plan “is right about the problems.”', 'the plan'],
    ['an adverb in -ly before the verb', 'She angrily said, “I am so sick of it.”', 'I am so sick'],
    [
      'a party tag before the apposition',
      'Rep. Jane Doe (D-Calif.), who wrote the bill, said the plan was a good start.',
      'the plan',
    ],
    [
      'a party tag after an inverted name',
      '“It was a good start,” said Sen. Jane Doe (D-Conn.), who wrote the bill.',
      'It was a good start',
    ],
    [
      'an age before the name',
      '76-year-old Jane Doe endorsed the senator, saying he “has shown his commitment.”',
      'he “has shown',
    ],
  ])('%s', (_name, paragraph, text) => {
    expect(speakerOf(text, 'Jane Doe arrived late.', paragraph)).toBe('Jane Doe')
  })

  test('a verb of saying after a determiner or a number is a noun', () => {
    expect(
      speakerOf(
        'more than double',
        'The plan, which John Roe said in a 2016 report would “more than double the reach,” failed.',
      ),
    ).toBe('John Roe')
  })

  test('a noun in -ly is the subject, not an adverb', () => {
    expect(speakerOf('the plan', 'The Roe family said the plan was a good start.')).toBe('the Roe family')
  })
})

describe('an attribution set in commas inside the statement', () => {
  test('the statement goes on after "she said,"', () => {
    expect(said('Jane Doe spoke.', 'Otherwise, she said, countries may simply steal growth from one another.')).toEqual(
      [{ text: 'countries may simply steal growth from one another', speaker: 'Jane Doe' }],
    )
  })

  test('an aside after the attribution is not the statement', () => {
    expect(said('The rates will rise, Jane Doe said, though she named no date.')).toEqual([
      { text: 'The rates will rise', speaker: 'Jane Doe' },
    ])
  })

  test('an apposition after an inverted name is not the statement', () => {
    expect(said('“We will win,” said Jane Doe, Liberal member for Bay North, who met the voters.')).toEqual([
      { text: 'We will win', speaker: 'Jane Doe' },
    ])
  })

  test('discourse adverbs between subject and verb', () => {
    expect(speakerOf('he would', 'John Roe, meanwhile, who leads the group, said he would welcome it.')).toBe(
      'John Roe',
    )
    expect(speakerOf('he would', 'John Roe however said he would welcome it.')).toBe('John Roe')
  })
})

describe('appositions and asides around the subject', () => {
  test.each([
    [
      'an apposition without its closing comma',
      '“It will fail,” Nate Roe, the pollster who founded the site tweeted.',
      'Nate Roe',
    ],
    [
      'an aside between the subject and the verb',
      '“It will fail,” John Roe, after a long pause, said of the plan.',
      'John Roe',
    ],
    [
      'a state tag in capitals',
      'While Jane Doe did not spell it out, Rep. John Roe, R-NY, says the plan will fail.',
      'John Roe',
    ],
    [
      'an apposition that is itself a relative clause',
      'On Tuesday, John Roe, the president of the European Council, which represents the leaders, urged the government “to clarify its intentions.”',
      'John Roe',
    ],
  ])('%s', (_name, paragraph, speaker) => {
    expect(speakerOf('', paragraph)).toBe(speaker)
  })

  test('a bare plural after a place is the subject, not an apposition of the place', () => {
    expect(said('At least 532 people were displaced in Geneva, officials said.')).toEqual([
      { text: 'At least 532 people were displaced in Geneva', speaker: 'officials' },
    ])
  })

  test('"said of X" names whom the statement is about, not the speaker', () => {
    expect(speakerOf('', '“He had a lot of supporters,” said of Jane Doe.')).toBe(null)
  })

  test('"told host NAME": the role and name of the addressee are skipped', () => {
    expect(said('Sen. Jane Doe told host John Roe she believed the deal was done.')).toEqual([
      { text: 'she believed the deal was done', speaker: 'Jane Doe' },
    ])
  })
})

describe('a capital that only opens a sentence does not make a name', () => {
  test.each([
    ['a participle', 'Reacting to the criticism, the senator said the reports were wrong.'],
    ['an auxiliary before a name', 'Does Roe want the job? He said the reports were wrong.'],
    ['a word the article writes in lower case', 'Hours later, he said the reports were wrong. It took hours.'],
  ])('%s', (_name, paragraph) => {
    const speaker = speakerOf('the reports', 'John Roe arrived.', paragraph)
    expect(['Reacting', 'Does Roe', 'Hours']).not.toContain(speaker)
    expect(speaker).toBe('John Roe')
  })

  test('a name capitalised inside a sentence elsewhere stays a name at the start', () => {
    expect(speakerOf('the reports', 'Mr. Hurt is eager.', 'Hurt said the reports were wrong.')).toBe('Hurt')
  })

  test('a given name in -ly before a surname stays a name', () => {
    expect(speakerOf('the reports', 'Carly Roe said the reports were wrong.')).toBe('Carly Roe')
  })
})

describe('what follows an attribution is not always the statement', () => {
  test.each([
    ['"when asked"', '“We will win,” Jane Doe said when asked about the polls.'],
    ['an -ly adverb and a participle', '“We will win,” Jane Doe said, likely referring to the polls.'],
    ['an indefinite apposition', 'The plan will fail, Jane Doe said, a view that many share.'],
    [
      'a second apposition after an inverted name',
      '“We will win,” said Jane Doe, a lawyer, and a Republican who ran twice.',
    ],
  ])('%s', (_name, paragraph) => {
    expect(extractQuotes(article([paragraph]), [])).toHaveLength(1)
  })
})

describe('a quotation in a sentence with no attribution', () => {
  test('goes on with the speaker quoted just before, in this paragraph or the one before', () => {
    expect(
      speakerOf(
        'The government is alleging',
        'Jane Doe, the lawyer, argues that her client never urged violence.',
        '“The government is alleging that his calls to come peacefully” were provoking violence.',
      ),
    ).toBe('Jane Doe')
  })

  test('has no speaker when nobody was quoted just before', () => {
    expect(
      speakerOf(
        'The government is alleging',
        'Jane Doe said the talks failed.',
        'The weather was cold.',
        '“The government is alleging that his calls to come peacefully” were provoking violence.',
      ),
    ).toBe(null)
  })
})

describe('pronouns and given names', () => {
  test('a given name that usually names a woman ranks her first for "she"', () => {
    expect(
      speakerOf(
        'We do not go',
        'Debbie Kepler, the organist, spoke first. Then Wes Nakagiri, a delegate, spoke.',
        '“We do not go over there,” she said.',
      ),
    ).toBe('Debbie Kepler')
  })

  test('the guess never rules anyone out: a name given to both stays open', () => {
    expect(speakerOf('We will win', 'Xi Jinping arrived.', '“We will win,” he said.')).toBe('Xi Jinping')
    expect(speakerOf('We will win', 'Kerry Roe arrived.', '“We will win,” he said.')).toBe('Kerry Roe')
  })
})

describe('who is in focus for a pronoun', () => {
  test('the subject of the same sentence, read before the pronoun', () => {
    expect(
      speakerOf(
        'the other country',
        'Felipe Roe went on the record in an interview.',
        'Jane Doe has made several statements on the matter, including a wall, which he said the other country should pay for.',
      ),
    ).toBe('Felipe Roe')
    expect(
      speakerOf(
        'the country should pay',
        'Felipe Roe went on the record in an interview.',
        'Donald Doe has made several statements on the matter, including a wall, which he said the country should pay for.',
      ),
    ).toBe('Donald Doe')
  })

  test('an organisation in a title before a name is the role of a person, who can be named by an epithet', () => {
    expect(
      speakerOf(
        'Activists isolated',
        'John Roe said he heard students shout.',
        'Later, Senate Majority Leader Mitch Doe blamed “far-left activists” for the attacks.',
        '“Activists isolated a few seconds of video,” the Kentucky Republican said.',
      ),
    ).toBe('Mitch Doe')
  })

  test('a role given in "ROLE, NAME, says" names the person later ("his father"), with the family surname', () => {
    expect(
      speakerOf(
        'he worked',
        "Roe's father, Joseph, says his son grew up in Houston.",
        'His father said he worked in Kenya.',
      ),
    ).toBe('Joseph Roe')
  })

  test('a compound title is singular ("the former sergeant-at-arms")', () => {
    expect(
      speakerOf(
        'he is considering',
        'OTTAWA — Kevin Roe, who became ambassador to Ireland, is considering a move into politics.',
        'The former sergeant-at-arms of the House of Commons said Monday he is considering a run.',
      ),
    ).toBe('Kevin Roe')
  })

  test('"As for X," makes X the topic for the pronoun that follows', () => {
    expect(
      speakerOf(
        'he is not worried',
        'Ted Cruz said he would win.',
        'The crowd cheered.',
        'As for Roe, he said he is not worried.',
      ),
    ).toBe('Roe')
  })

  test('a people or a party named in one word is never "he"', () => {
    expect(
      speakerOf(
        'We will win',
        'John Roe spoke first.',
        'Republicans were quick to chime in, and Democrats said the vote was close.',
        '“We will win,” he said.',
      ),
    ).toBe('John Roe')
  })

  test('a thing that says something is never "she"', () => {
    expect(
      speakerOf(
        'It is time',
        'Jane Doe spoke about the plan. Her economic plan promises to lift up the workforce.',
        'She often tells audiences, “It is time.”',
      ),
    ).toBe('Jane Doe')
  })

  test('two capitalised words in a list are not a person', () => {
    expect(
      speakerOf(
        'the arc',
        'John Roe gave a speech on Wall Street greed, immigration, Social Security and more.',
        'He told supporters that the arc can happen across the country.',
      ),
    ).toBe('John Roe')
  })
})

describe('more of the clause around the verb', () => {
  test.each([
    [
      '"so" after an attribution in commas',
      'It was impossible, John Roe said, so the leaders divided the labor.',
      'so the leaders',
    ],
    [
      'a verb after an attribution in commas',
      'The only problem, John Roe said, is that the pay is one-third less.',
      'The only problem … is that the pay',
    ],
    [
      'a bare plural of people as the subject',
      'The thing the senator needs, aides said, is for the governor to quit.',
      'The thing the senator needs … is for the governor',
    ],
    [
      '"NAME, who said"',
      'The deal was struck with help from Labor Secretary John Roe, who said he expects a vote.',
      'he expects',
    ],
    [
      'an initial in "ROLE, NAME, said"',
      'When the director, John B. Roe, said that his team had no evidence, few listened.',
      'his team',
    ],
    [
      '"including X" as an aside',
      'Several candidates, including John Roe, said the country should refuse.',
      'the country',
    ],
  ])('%s', (_name, paragraph, text) => {
    expect(speakerOf(text, paragraph)).toMatch(/Roe|aides|candidates/)
  })

  test('a relative clause with its own verb of saying after an inverted name is a second statement', () => {
    expect(said('“They do not understand,” said Capt. John Roe, who said he would not vote.')).toEqual([
      { text: 'They do not understand', speaker: 'John Roe' },
      { text: 'he would not vote', speaker: 'John Roe' },
    ])
  })
})

describe('a document speaks for whoever issued it, when the article says who', () => {
  test.each([
    ['"the ORG study"', '“Housing costs rose,” the Civic Action study said.', 'Civic Action'],
    [
      'issued "by" someone earlier',
      'A study released Monday by Civic Action found rents rose. The study said rents rose by a third.',
      'Civic Action',
    ],
    ['a possessive name', 'Roe’s report said rents rose by a third.', 'Roe'],
    ['nobody named: the description stays', 'The report said rents rose by a third.', 'the report'],
  ])('%s', (_name, paragraph, speaker) => {
    expect(speakerOf('', paragraph)).toBe(speaker)
  })
})

describe('titles and spans of time before the subject', () => {
  test.each([
    [
      '"Hours later,"',
      'Hours later, John Roe returned the compliment, telling reporters, “We are friends.”',
      'We are friends',
    ],
    [
      'a role noun before the name',
      'Likely Republican nominee John Roe has offered few ideas aside from stating that the plan fails.',
      'the plan',
    ],
    [
      'adjectives before the role noun',
      'Presumptive Republican presidential nominee John Roe joined, announcing he would meet them.',
      'he would',
    ],
    [
      '"also" opening an apposition',
      'Sen. John Roe (R-Texas), also a presidential hopeful, called the group “abhorrent“ in a tweet.',
      'abhorrent',
    ],
    [
      'a demonstrative before a time noun ("Later that day,")',
      'Later that day, John Roe fired back a response saying he would not support the plan.',
      'he would not',
    ],
    ['"That morning,"', 'That morning, John Roe issued a statement saying the plan had failed.', 'the plan'],
  ])('%s', (_name, paragraph, text) => {
    expect(speakerOf(text, paragraph)).toBe('John Roe')
  })
})

describe('a relative clause holding a quotation between the subject and its verb', () => {
  test('"NAME, who lost 16 pounds “and two belt loops” this year, says ...": the statement is the name’s', () => {
    expect(
      speakerOf('the vote', 'Jane Doe, who lost 16 pounds “and two belt loops” this year, says the vote was a circus.'),
    ).toBe('Jane Doe')
  })
})

describe('a city and its state are places, with no apposition', () => {
  test('"in Onawa, Iowa, the Republican presidential candidate ...": the state is not the candidate', () => {
    expect(
      speakerOf(
        'the plan',
        'Jane Roe spoke in the morning.',
        'During a campaign stop in Onawa, Iowa, the Republican presidential candidate repeated her promise.',
        'The Republican presidential candidate says the plan is wrong.',
      ),
    ).toBe('Jane Roe')
  })
})

describe('the whole name of an organisation', () => {
  test.each([
    [
      'capitalised words before its word',
      'The plan is wrong, said the American Civil Liberties Union.',
      'American Civil Liberties Union',
    ],
    [
      '"on" after its word',
      'The plan is wrong, according to the Council on Foreign Affairs.',
      'Council on Foreign Affairs',
    ],
    ['"for" after its word', 'The Center for Rural Progress said the plan is wrong.', 'Center for Rural Progress'],
    [
      'a title after it opens a person’s name',
      '“The plan is wrong,” said Center for Rural Progress President Neera Roe.',
      'Neera Roe',
    ],
  ])('%s', (_name, paragraph, speaker) => {
    expect(speakerOf('', paragraph)).toBe(speaker)
  })
})

describe('a quantifier between the subject and its verb', () => {
  test('"X and Y have both argued": the two are the subject, not "both"', () => {
    expect(speakerOf('', 'Jane Doe and Senator Richard Roe have both argued that workers lost jobs.')).toBe(
      'Jane Doe and Richard Roe',
    )
  })
})

describe('"As X said, ..."', () => {
  test.each([
    ['As The Daily Planet reported, even if the deal holds, the city will need more.', 'Daily Planet'],
    ['As Jane Doe noted, people involved in the case could still be sanctioned.', 'Jane Doe'],
  ])('%s', (paragraph, speaker) => {
    expect(said(paragraph)).toEqual([{ text: paragraph.slice(paragraph.indexOf(',') + 2, -1), speaker }])
  })
})

describe('a line opening with a speaker label', () => {
  test('a known person in capitals, as in a transcript', () => {
    expect(said('Jake Tapper asked the governor.', 'TAPPER: Do you think the campaign is over?')).toEqual([
      { text: 'Do you think the campaign is over?', speaker: 'Jake Tapper' },
    ])
  })

  test('a given name and a surname', () => {
    expect(said('Mark Roe: I would consider a bid for the White House.')).toEqual([
      { text: 'I would consider a bid for the White House.', speaker: 'Mark Roe' },
    ])
  })

  test('a transcript: the full-name label, then the surname, of a person the article never names otherwise', () => {
    expect(
      said(
        'The campaign says it is unwilling to debate.',
        'DANA ROE: Why not debate?',
        'ELLIS MARBURY: The senator does not get to decide when we debate.',
        'ROE: Why not in New York?',
        'MARBURY: Let us see the tone of his campaign first.',
      ),
    ).toEqual([
      { text: 'it is unwilling to debate', speaker: 'the campaign' },
      { text: 'Why not debate?', speaker: 'Dana Roe' },
      { text: 'The senator does not get to decide when we debate.', speaker: 'Ellis Marbury' },
      { text: 'Why not in New York?', speaker: 'Dana Roe' },
      { text: 'Let us see the tone of his campaign first.', speaker: 'Ellis Marbury' },
    ])
  })

  test('a transcript label takes the spelling and the role the article gives the person', () => {
    const quotes = extractQuotes(
      article([
        'Gov. Mary McRoe (R-OK) said the nominee is trying to heal the divide.',
        'JANE TAPLOW: Do you think he has campaigned as a healer?',
        'MCROE: I think he is trying. That has been part of his message.',
        'TAPLOW: Thank you, Governor.',
      ]),
      [],
    )
    expect(quotes.map((q) => [q.speaker, q.text.slice(0, 12)])).toEqual([
      ['Mary McRoe', 'the nominee '],
      ['Jane Taplow', 'Do you think'],
      ['Mary McRoe', 'I think he i'],
      ['Jane Taplow', 'Thank you, G'],
    ])
    expect(quotes[2]?.role).toMatch(/Gov/)
  })

  test('a label in capitals names a person the article names in ordinary case only after the transcript', () => {
    expect(
      said(
        'FALLOW: I think he is trying to heal the divide.',
        'ROE: Do you trust him?',
        'Gov. Mary Fallow spoke to Dan Roe on Sunday.',
      ).slice(0, 2),
    ).toEqual([
      { text: 'I think he is trying to heal the divide.', speaker: 'Mary Fallow' },
      { text: 'Do you trust him?', speaker: 'Dan Roe' },
    ])
  })

  test.each([
    ['a label once, with no turn by its surname', ['JOHN MARBURY: The senator does not decide.']],
    [
      'section labels in capitals, one the surname-like end of another',
      [
        'STAT OF THE WEEK: Forty per cent of the week went to ads.',
        'WEEK: The campaign spent more than ever.',
        'EXCLUSIVE: The campaign spent more than ever.',
      ],
    ],
    [
      'labels that are words the article writes in ordinary case, not after a given name',
      ['BOOM: Trump just fired a warning.', 'UPDATE: The Boom campaign answered the charge on Friday.'],
    ],
    ['questions and answers nobody is said to ask', ['Q: Did you vote?', 'A: I did, early.', 'Q: Why?']],
  ])('no speaker from %s', (_name, paragraphs) => {
    expect(said(...paragraphs).filter((q) => q.speaker !== null)).toEqual([])
  })

  test.each([
    ['a link label', 'Read More: The story has changed since it was first published.'],
    ['a section label', 'KEEPING SCORE: Germany’s DAX gained 0.5 per cent.'],
    ['a question label', 'Q: Did the service take care of you?'],
  ])('not %s', (_name, paragraph) => {
    expect(said(paragraph)).toEqual([])
  })
})

describe('the edges of a name', () => {
  test.each([
    ['a place name that opens with "New"', '“The statement is true,” the New York Times said.', 'New York Times'],
    ['a party label before the name is a role', 'Democrat Bernie Roe said the plan would fail.', 'Bernie Roe'],
    ['a negated verb ends the phrase', 'The final results aren’t in, the officials said.', 'the officials'],
  ])('%s', (_name, paragraph, speaker) => {
    expect(speakerOf('', paragraph)).toBe(speaker)
  })
})

describe('a verb of saying in the progressive', () => {
  test.each([
    [
      '"He\'s suggesting that"',
      'John Roe arrived. He’s suggesting that the delegates should flip.',
      'the delegates',
      'John Roe',
    ],
    ['"she was saying"', 'Jane Doe left early, and she was saying that the plan would fail.', 'the plan', 'Jane Doe'],
  ])('%s', (_name, paragraph, text, speaker) => {
    expect(speakerOf(text, paragraph)).toBe(speaker)
  })
})

describe('a surname that is also an ordinary word', () => {
  test('"West said" after "Marty West"', () => {
    expect(
      speakerOf(
        'This is the first',
        'Marty West, an education professor, called it “significant.”',
        '“This is the first reauthorization,” West said.',
      ),
    ).toBe('Marty West')
  })

  test('two titles of one person joined by "and"', () => {
    expect(
      speakerOf(
        'He is reprising',
        '“He is reprising that role,” said former Pennsylvania Gov. and National Committee Chairman Ed Roe.',
      ),
    ).toBe('Ed Roe')
  })
})

describe('titles and organisations', () => {
  test('a title before an organisation word is part of its name', () => {
    expect(speakerOf('it was reviewing', 'The Justice Department said it was reviewing the letter.')).toBe(
      'Justice Department',
    )
  })

  test('"Secretary of State NAME" is a person, and "the secretary of state" names them later', () => {
    expect(
      speakerOf(
        'the talks would go on',
        'Secretary of State James Roe met the king on Monday.',
        'The secretary of state said the talks would go on.',
      ),
    ).toBe('James Roe')
  })

  test('a verb of saying after a preposition is a noun ("the secretary of state said")', () => {
    expect(speakerOf('the talks failed', 'The Secretary of State said the talks failed.')).toBe(
      'the Secretary of State',
    )
  })
})

describe('places around the speaker are not the speaker', () => {
  test.each([
    ['a state after the city', 'Jane Roe of Columbia, South Carolina says she thinks the plan can work.', 'Jane Roe'],
    [
      'a state abbreviation inside an apposition',
      'Jane Roe, a Hollywood, Fla., rabbi, said she thinks the plan can work.',
      'Jane Roe',
    ],
    [
      'a stray comma after a titled name',
      'After winning Ohio in the primary, Gov. John Roe (R-OH), said he thinks the plan can work.',
      'John Roe',
    ],
    [
      'a place and an adjunct in the opening phrase',
      'At an event in Ames, Iowa, on Sunday, Mrs. Roe spoke again, saying she thinks the plan can work.',
      'Roe',
    ],
    [
      'where the speaker works',
      'But Tom Roe, at a consulting firm called Gavekal Partners, argues that he thinks the plan can work.',
      'Tom Roe',
    ],
  ])('%s', (_name, paragraph, speaker) => {
    expect(speakerOf('he thinks', paragraph) ?? speakerOf('she thinks', paragraph)).toBe(speaker)
  })
})

describe('an attribution set in commas inside one reported clause', () => {
  test('the two halves are one statement', () => {
    expect(said('The bigger risk, he said, is a clash caused by paramilitary ships.')).toEqual([
      { text: 'The bigger risk … is a clash caused by paramilitary ships', speaker: null },
    ])
    expect(said('In the long run, many economists say, this effect could ripple through the system.')).toEqual([
      { text: 'In the long run … this effect could ripple through the system', speaker: 'many economists' },
    ])
  })

  test('a second clause after "but" is a statement of its own', () => {
    expect(said('Jane Roe and colleagues hid under desks, Jim Doe said, but one person ran to the roof.')).toEqual([
      { text: 'Jane Roe and colleagues hid under desks', speaker: 'Jim Doe' },
      { text: 'but one person ran to the roof', speaker: 'Jim Doe' },
    ])
  })
})

describe('what follows "according to X,"', () => {
  test('an apposition of the source is not a statement', () => {
    expect(said('Her ratings are at a low, according to Jim Roe, a pollster who conducted the survey.')).toEqual([
      { text: 'Her ratings are at a low', speaker: 'Jim Roe' },
    ])
  })

  test('a clause after "but" is the reporter’s own; one after "and" goes on', () => {
    expect(said('Roe has won 758 delegates, according to a CNN tally, but his path is narrowing.')).toHaveLength(1)
    expect(said('The arena will close, according to the city, and that rink is slated to go too.')).toHaveLength(2)
  })

  test('a poll by two makers joined with a slash is the source, with its per cent sign kept', () => {
    expect(
      said('Roe leads the field with just 22%, according to a Midland College/Daily Planet Poll released Sunday.'),
    ).toEqual([
      { text: 'Roe leads the field with just 22%', speaker: 'a Midland College/Daily Planet Poll released Sunday' },
    ])
    expect(
      speakerOf('Roe leads', 'Roe leads the field by far, according to the Midland College/Daily Planet Poll.'),
    ).toBe('Midland College/Daily Planet Poll')
  })
})

describe('after the quotation it attributes', () => {
  test('what follows the verb is an adjunct, not a statement', () => {
    expect(
      said('“I am going to be the nominee,” Jane Roe said aboard her plane on Monday as she crossed Nevada.'),
    ).toEqual([{ text: 'I am going to be the nominee', speaker: 'Jane Roe' }])
  })
})

describe('"with X VERBing": the participle has its own subject', () => {
  test.each([
    ['tweeting', 'Republicans were quick to chime in, with Jane Roe tweeting that it was a disaster for the plan.'],
    ['calling', 'Republicans were irritated about the lack of detail, with Sen. Jane Roe calling it a “Chinese menu.”'],
  ])('%s', (_name, paragraph) => {
    expect(said(paragraph)[0]?.speaker).toBe('Jane Roe')
  })
})

describe('words that open a sentence without naming anyone', () => {
  test('a word before a time or an adverb and a comma ("Late last month,", "Quite suddenly,")', () => {
    expect(
      speakerOf(
        'inaccurate',
        'Late last month, the company wrote a letter, calling the reports “inaccurate and misleading.”',
      ),
    ).toBe('the company')
    expect(speakerOf('With nukes', 'Wallace then asked, “With nukes?”')).toBe('Wallace')
  })

  test('a pronoun contracted with a verb is the pronoun, never a name', () => {
    expect(
      speakerOf(
        'moral equivalent',
        "I'm old enough to remember Jane Roe going on TV, declaring a “moral equivalent of war” on oil.",
      ),
    ).not.toBe("I'm")
    expect(said("I'd add a historical reason for the split: the young have no memories of the war.")).toHaveLength(1)
  })
})

describe('companies, as wire copy names them', () => {
  test('"the company" is the company the article has just named, with its Co. or Inc.', () => {
    expect(
      speakerOf(
        'We are not for sale',
        'Innopac Inc. rejected the bid on Monday. “We are not for sale,” the company said.',
      ),
    ).toBe('Innopac Inc.')
    expect(
      speakerOf(
        'it reduced',
        'Unisys reported a loss, its shares fell and Unisys cut jobs. The company said it reduced inventories by $100 million.',
      ),
    ).toBe('Unisys')
  })

  test('"the companies" are the two it has just named', () => {
    expect(
      speakerOf(
        'the deal would close',
        'Mesa Airlines and StatesWest Airlines agreed to merge. The companies said the deal would close in March.',
      ),
    ).toBe('Mesa Airlines and StatesWest Airlines')
  })

  test('a description of a company, before or instead of its name, is that company', () => {
    expect(
      speakerOf(
        'it would close',
        "Canada's largest department store operator, Hudson's Bay Co., said it would close 20 stores.",
      ),
    ).toBe("Hudson's Bay Co.")
    expect(
      speakerOf(
        'it would close',
        "Hudson's Bay Co. posted a loss. Canada's largest department store operator said it would close 20 stores.",
      ),
    ).toBe("Hudson's Bay Co.")
  })

  test('a word that only opens a sentence does not become a company', () => {
    expect(speakerOf('it would close', 'Details were not released. The company said it would close 20 stores.')).toBe(
      'the company',
    )
  })
})

describe('the subject of the main clause, for a participle', () => {
  test('a description opened by a possessive', () => {
    expect(
      speakerOf(
        'they could provide',
        "But Elian's relatives in Miami have fought to keep him, saying they could provide a better life.",
      ),
    ).toBe("Elian's relatives in Miami")
    expect(
      speakerOf(
        'Washington would',
        "Iraq's deputy foreign minister responded within the hour, saying Washington would break the law.",
      ),
    ).toBe("Iraq's deputy foreign minister")
  })

  test('the name set in commas after a description', () => {
    expect(
      speakerOf(
        'he can give',
        "Elian's great-uncle, Lazaro Roe, is fighting to keep the boy, saying he can give him a better life.",
      ),
    ).toBe('Lazaro Roe')
  })
})

describe('a participle that opens the sentence', () => {
  test('its statement ends with its phrase, and the main clause says who', () => {
    expect(said('Saying “nothing is certain” about his return, the government urged citizens to rally.')).toEqual([
      { text: '“nothing is certain” about his return', speaker: 'the government' },
      { text: 'citizens to rally', speaker: 'the government' },
    ])
    expect(speakerOf('a disaster', 'Calling the plan “a disaster,” Jane Roe voted no.')).toBe('Jane Roe')
  })

  test('"adding to" something is not saying it', () => {
    expect(said('Adding to the wariness is an understanding that the senator will not endorse anyone.')).toEqual([])
  })

  test('a name before "later" is no span of time', () => {
    expect(speakerOf('he had', 'But Jim Roe later blamed a “bad earpiece,” claiming he had disavowed Duke.')).toBe(
      'Jim Roe',
    )
  })
})

describe('role nouns with nobody introduced in that role', () => {
  test('an epithet names the person in focus', () => {
    expect(
      speakerOf('the vote', 'John Roe toured Iowa on Monday.', 'The billionaire businessman said the vote was rigged.'),
    ).toBe('John Roe')
  })

  test('a noun for anyone keeps its description ("the man", "the moderator")', () => {
    expect(
      speakerOf(
        'They stole',
        'Jane Roe spoke in Manchester. One man interrupted her.',
        '“They stole the country,” the man shouted.',
      ),
    ).toBe('the man')
  })

  test('a thing is never a person ("the editorial")', () => {
    expect(speakerOf('the plan', 'Jane Roe spoke in Manchester.', 'The editorial said the plan would fail.')).toBe(
      'the editorial',
    )
  })
})

test('a verb of saying right before another is a noun: "the congressional report said"', () => {
  expect(speakerOf('the computer', 'The congressional report said the computer had been hacked.')).toBe(
    'the congressional report',
  )
})

describe('"that" and -s forms that do not introduce a statement', () => {
  test.each([
    [
      'a relative clause',
      'Roe invoked the title of the book she wrote that helped lay the foundation of the movement.',
    ],
    ['a time', 'The department responded with the lawsuit Roe announced that same day in the capital.'],
    ['a noun after a verb in -ed', 'It was after Roe released notes from the meeting that reporters saw the address.'],
  ])('%s', (_name, paragraph) => {
    expect(said(paragraph)).toEqual([])
  })
})

test('after a quotation and its attribution, a clause that goes on is the reporter’s', () => {
  expect(
    said('Ms. Roe is “not a backslapper,” said Mr. Doe, but she has developed a reputation as an advocate.'),
  ).toHaveLength(1)
})

describe('a headline that opens with the speaker and a colon', () => {
  test('a name the article writes inside its sentences', () => {
    expect(
      speakerOf(
        'Endorsements prove',
        'Sanders: Endorsements prove Clinton is the candidate of the establishment.',
        'Bernie Sanders said on Monday that the party had chosen.',
      ),
    ).toBe('Bernie Sanders')
    expect(speakerOf("Don't Trust", "EXCLUSIVE – Roger Stone: Don't Trust the Voting Machines.")).toBe('Roger Stone')
  })

  test('not a word the article writes in lower case ("Poll:")', () => {
    expect(said('Poll: Sanders leads Clinton.', 'A poll found that voters favor Sanders.')).toHaveLength(0)
  })
})

test('"asked X if/whether/how ...": an indirect question is a statement', () => {
  expect(said('Jane Roe asked the senator how high the wall would be.')).toEqual([
    { text: 'how high the wall would be', speaker: 'Jane Roe' },
  ])
})

describe('more subjects of a verb of saying', () => {
  test('a plural possessive ("Sanders’ campaign")', () => {
    expect(speakerOf('it raised', 'Jane Sanders’ campaign says it raised more than $21 million in January.')).toBe(
      'Jane Sanders’ campaign',
    )
  })

  test('a second verb of the same subject ("..., then says", "... and says")', () => {
    expect(
      speakerOf('he will welcome', 'John Roe offered the man a job, then says he will welcome advice from anyone.'),
    ).toBe('John Roe')
    expect(
      speakerOf('he introduced', 'John Roe says the answer was to break them up and says he introduced a bill.'),
    ).toBe('John Roe')
  })
})

test('a unit of capitalised words only has a name as its main subject', () => {
  const text = 'Roe Smith'
  expect(mainSubject(tokenize(text, 0, text.length), text)).toMatchObject({ kind: 'name', name: 'Roe Smith' })
})

test('a country speaks for its government ("Iran said", "the U.S. said")', () => {
  expect(said('Iran said the talks would resume next week.', 'The U.S. said it was ready to meet.')).toEqual([
    { text: 'the talks would resume next week', speaker: 'Iran' },
    { text: 'it was ready to meet', speaker: 'U.S.' },
  ])
})

test('a sentence of a name, its apposition and a verb attributes the quotation before it', () => {
  expect(
    speakerOf(
      'I am calling',
      '"I am calling from the campaign. How are you today?" Miller, a retired worker, said pleasantly.',
    ),
  ).toBe('Miller')
})

describe('more attributions found', () => {
  test('"“...,” according to X."', () => {
    expect(speakerOf('The new material', '“The new material shows the scope,” according to Judicial Watch.')).toBe(
      'Judicial Watch',
    )
  })

  test('"even NAME" and "Here in PLACE," open the main clause', () => {
    expect(
      speakerOf('he would demur', 'And even Jim Roe tried to help, noting that he would demur in their position.'),
    ).toBe('Jim Roe')
    expect(
      speakerOf('We have got', 'Here in Columbia, Jim Roe stepped up his emphasis, saying, “We have got to act.”'),
    ).toBe('Jim Roe')
  })

  test('a long prepositional aside between the subject and the verb', () => {
    expect(
      speakerOf(
        'The candidate',
        'Columnist Jane Roe, in an attempt to draw attention to the lack of press conferences, wrote, “The candidate answered seven questions.”',
      ),
    ).toBe('Jane Roe')
  })
})

test('a name and a colon before a quotation ("- Philip Roe: “...”", "Roe’s response was: “...”")', () => {
  expect(
    speakerOf('Two weeks ago', 'The interplay has been important - Philip Roe: “Two weeks ago, the South was his.”'),
  ).toBe('Philip Roe')
  expect(speakerOf('Is Dalton', 'Jane Roe’s response was: “Is Dalton Brody off Conn or Wisconsin?”')).toBe('Jane Roe')
})

test('a verb and a capitalised title after the subject are not a title before a name ("Todd pressed Republican Chairman Reince Priebus")', () => {
  expect(
    speakerOf(
      'Trump should',
      'Earlier this week, Todd pressed Republican National Chairman Reince Priebus on taxes, insisting that Trump should release them.',
    ),
  ).toBe('Todd')
})

test('a quotation that breaks off ("…", "—") is attributed by the short sentence after it', () => {
  expect(
    speakerOf(
      'Well, yes',
      '"Well, yes. I am going to look at a lot of people…" Jane Roe said. "Grizzly Adams?" John Doe repeated.',
    ),
  ).toBe('Jane Roe')
})

describe('names that are nobody who speaks', () => {
  test('"who" after an apposition goes back to the name before it', () => {
    expect(
      speakerOf(
        'none of the emails',
        'The plan was backed by Sen. Jane Roe of California, the ranking member of the panel, who said none of the emails came from her.',
      ),
    ).toBe('Jane Roe')
  })

  test('a one-word name the article only puts after "in" is a place, never "he"', () => {
    expect(
      speakerOf(
        'They think',
        'Luay Sami works in Clarkston. He came from Iraq in 2011.',
        'Soon, he found the area welcoming, and Clarkston became his home.',
        '“They think every Arab is Muslim,” he said.',
      ),
    ).toBe('Luay Sami')
  })
})

describe('what someone asks for or promises', () => {
  test.each([
    [
      '"called for" an object',
      'Jane Roe called for a special prosecutor to investigate the server.',
      'a special prosecutor to investigate the server',
    ],
    ['"urged" someone to act', 'Jane Roe urged people not to spread rumors.', 'people not to spread rumors'],
    [
      '"called on" someone to act',
      'Jane Roe called on the minister to resign from her post.',
      'the minister to resign from her post',
    ],
    [
      'a promise and its infinitive',
      'Jane Roe promised to take bold action in the first week.',
      'to take bold action in the first week',
    ],
  ])('%s', (_name, paragraph, text) => {
    expect(said(paragraph)).toEqual([{ text, speaker: 'Jane Roe' }])
  })

  test('a promise of a thing is its promiser’s statement; "a call for" is a noun', () => {
    expect(said('Jane Roe promised a hefty rise in infrastructure spending.')).toEqual([
      { text: 'a hefty rise in infrastructure spending', speaker: 'Jane Roe' },
    ])
    // the reporter's circumstance after the thing promised is not part of it
    expect(said('John Doe pledged another round of talks next week following discussions in Oslo.')).toEqual([
      { text: 'another round of talks next week', speaker: 'John Doe' },
    ])
    expect(said('Jane Roe made an unprompted call for an end to sugar subsidies.')).toEqual([])
  })

  test('what is asked for as a thing ends before the reporter\'s circumstance ("after the spill")', () => {
    expect(said('Jane Roe called for a ban on fracking after the spill in the bay.')).toEqual([
      { text: 'a ban on fracking', speaker: 'Jane Roe' },
    ])
    expect(said('Jane Roe vowed to ban fracking after the spill in the bay.')).toEqual([
      { text: 'to ban fracking after the spill in the bay', speaker: 'Jane Roe' },
    ])
  })

  test('"US" in capitals opens a speaker\'s title (the country, not the pronoun)', () => {
    expect(
      said('Jane Roe says she hopes talks will resume soon, while US Senator John Doe said they would fail.'),
    ).toEqual([
      { text: 'she hopes talks will resume soon', speaker: 'Jane Roe' },
      { text: 'they would fail', speaker: 'John Doe' },
    ])
    expect(said('The US ambassador said talks would resume.')).toEqual([
      { text: 'talks would resume', speaker: 'the US ambassador' },
    ])
  })
})

describe('role nouns and the roles people were given', () => {
  test('an abbreviated title is the role it abbreviates ("Sen." is "the senator")', () => {
    expect(
      speakerOf('the plan would fail', 'Sen. Marco Roe spoke in Miami.', 'The senator said the plan would fail.'),
    ).toBe('Marco Roe')
  })

  test('an epithet is not someone the article gave another role', () => {
    expect(
      speakerOf(
        'there is no question',
        'Mayor Bill Roe met voters.',
        'The Republican presidential candidate said there is no question he will win.',
      ),
    ).toBe('the Republican presidential candidate')
  })
})

describe('coordinated subjects and nouns that look like verbs', () => {
  test('a name coordinated with "his rivals" or "others" is the speaker', () => {
    expect(
      speakerOf('they will undo', 'Jeb Roe and his rivals for the nomination have said they will undo the order.'),
    ).toBe('Jeb Roe')
    expect(speakerOf('they could not', 'Jane Roe and others said they could not support the plan.')).toBe('Jane Roe')
  })

  test('a determiner and an adjective make a noun of "tweet", "promise", "call"', () => {
    expect(
      said(
        'While discussing a controversial tweet from the candidate, Speaker Paul Roe said the image had no place in a campaign.',
      ),
    ).toEqual([{ text: 'the image had no place in a campaign', speaker: 'Paul Roe' }])
    expect(speakerOf('the senator damaged', 'The suit claims that the senator damaged his reputation.')).toBe(
      'the suit',
    )
  })
})

test('a quotation standing alone goes to the person just introduced, not to a group quoted before', () => {
  expect(
    speakerOf(
      'We will not give him up',
      'Officials said the boy would return to Cuba.',
      "Lazaro Roe, the boy's great-uncle, was defiant.",
      '“We will not give him up. He belongs here.”',
    ),
  ).toBe('Lazaro Roe')
})

test('a subject with a city and its state before the verb ("Residents of Oakland, Calif., said")', () => {
  expect(said('Residents of Oakland, Calif., said the fire spread quickly.')).toEqual([
    { text: 'the fire spread quickly', speaker: 'residents of Oakland' },
  ])
})

test('company names with foreign or plural endings, and "the banks" for the two just named', () => {
  expect(
    speakerOf(
      'the accord',
      'Montedison S.p.A. agreed to buy the shares of Erbamont N.V. for $37 each.',
      'The companies said the accord was approved.',
    ),
  ).toBe('Montedison S.p.A. and Erbamont N.V.')
  expect(
    speakerOf(
      'The board',
      'Philip Morris Cos. adopted a defense measure.',
      'The board is not aware of any attempts to take over the firm, the company said.',
    ),
  ).toBe('Philip Morris Cos.')
})

test('a pronoun whose only possible referent is named in the statement refers to them', () => {
  expect(speakerOf('Jane Roe tossed', 'Jane Roe tossed cold water on the idea, she wrote in her memoir.')).toBe(
    'Jane Roe',
  )
})

test('a quotation after the colon of a sentence that quotes nobody is its subject’s', () => {
  expect(
    speakerOf(
      'No one who works',
      'In city after city, Perez lobbies for a higher wage: “No one who works full time should live in poverty.”',
    ),
  ).toBe('Perez')
})

test.each([
  ['reiterated', 'Jane Roe reiterated that the talks would go on.', 'the talks would go on'],
  ['countered', 'Jane Roe countered that the talks had never stopped.', 'the talks had never stopped'],
  ['mentioned', 'Jane Roe mentioned that the talks would go on.', 'the talks would go on'],
  ['posted', 'Jane Roe posted: “The talks will go on.”', 'The talks will go on.'],
])('more verbs of saying: %s', (_verb, paragraph, text) => {
  expect(said(paragraph)).toEqual([{ text, speaker: 'Jane Roe' }])
})

test('a dateline is not part of the statement after it ("MOSCOW (AP)_ ...")', () => {
  expect(
    said('MOSCOW (AP)_ The mayor has allocated funds to build a museum, according to a news agency report.'),
  ).toEqual([{ text: 'The mayor has allocated funds to build a museum', speaker: 'a news agency report' }])
  expect(said('WASHINGTON -- The deficit will grow this year, the budget office said.')).toEqual([
    { text: 'The deficit will grow this year', speaker: 'the budget office' },
  ])
})

test('a number after a name is an age only alone ("Jane Roe, 45,"), so a list of titles is nobody', () => {
  expect(
    speakerOf(
      'I have to be careful',
      'At 29, Christyn Roe still lives at home.',
      'Her walls are plastered with the same Dirty Dancing, 98 Degrees and Justin Timberlake posters from her tween years.',
      '“I have to be careful,” she said.',
    ),
  ).toBe('Christyn Roe')
})

test('a name, its party tag and a colon before a quotation ("Rep. Trey Roe (R-S.C.):“...”")', () => {
  expect(speakerOf('I have not heard', 'Rep. Trey Roe (R-S.C.):"I have not heard anyone cite that figure."')).toBe(
    'Trey Roe',
  )
})

test('a discourse adverb in commas after the addressee ("told Politico, however, that ...")', () => {
  expect(said('Sources told Politico, however, that she did chime in on the emails.')).toEqual([
    { text: 'she did chime in on the emails', speaker: 'sources' },
  ])
})

describe('a person introduced by a description', () => {
  test('"The leader of the Civic League, Jane Roe, warned that ...": the name after the description that opens the clause', () => {
    expect(
      said(
        'The leader of the Civic League, Jane Roe, warned that such a ban would be "unacceptable."',
        'Tom Poe spoke too.',
      ),
    ).toEqual([{ text: 'such a ban would be "unacceptable."', speaker: 'Jane Roe' }])
  })

  test('an apposition holding a list ("secretary for population, refugees, and migration") ends at the verb', () => {
    expect(
      speakerOf(
        'The plans',
        'Tom Poe, a deputy adviser, spoke first.',
        'The plans “will not solve this challenge,” Jane Roe, assistant secretary for population, refugees, and migration, said on the same call.',
      ),
    ).toBe('Jane Roe')
  })

  test('a sentence of a name, its apposition and a verb with a longer adjunct attributes the quotation before it', () => {
    expect(
      speakerOf(
        'Not us but',
        'Tom Poe praised a donor.',
        '“Not us but can’t argue with it!” Jane Roe, the head of a super PAC, tweeted on Friday with an image of the plane.',
      ),
    ).toBe('Jane Roe')
    // a clause of its own after the verb is no attribution of the quotation before
    expect(
      speakerOf(
        'Not us but',
        'Tom Poe praised a donor.',
        '“Not us but fine!” Jane Roe said on Friday the group would be done with it.',
      ),
    ).not.toBe('Jane Roe')
  })

  test('"had written" is the writer\'s', () => {
    expect(
      speakerOf(
        'We just could',
        'Tom Poe spoke.',
        'As the columnist Jane Roe had written a few years earlier, “We just could not have an industry without him.”',
      ),
    ).toBe('Jane Roe')
    expect(said('A letter written by the mayor was read.')).toEqual([])
  })
})

test('"The Daily Planet quoted one of his advisers as saying ...": the one quoted speaks, not the outlet', () => {
  expect(said('The Daily Planet quoted Jane Roe, a city native, as saying that the truck sped up.')).toEqual([
    { text: 'the truck sped up', speaker: 'Jane Roe' },
  ])
  expect(
    said("The Daily Planet quoted one of Roe's advisers as saying that the campaign would change course."),
  ).toEqual([{ text: 'the campaign would change course', speaker: "one of Roe's advisers" }])
})

describe('a party, a people or a state is never "he" or "she"', () => {
  test.each(['Democrat', 'Democratic', 'Italian', 'Arizona', 'Voting Rights Act'])('%s', (name) => {
    const reg = new EntityRegistry()
    const person = reg.addName('Quinlan Roe')
    reg.mention(person, 40)
    reg.tick()
    reg.mention(reg.addName(name), 100)
    expect(reg.resolvePronoun('she', new Set())).toBe(person)
  })

  test('"a chief Democratic negotiator", then "she said"', () => {
    expect(
      speakerOf(
        'The waiver system',
        '“This is a good step,” said Sen. Quinlan Roe, a chief Democratic negotiator on the bill.',
        'The waiver system has led to uncertainty in many states, including Roe’s home state, she said.',
      ),
    ).toBe('Quinlan Roe')
  })

  test('"Sen. Jane Roe of Utah, the ranking Democrat on the committee, who said": the senator, then "she"', () => {
    expect(
      said(
        'The plan was backed by Sen. Jane Roe of Utah, the ranking Democrat on the committee, who said none of the emails were hers.',
        '“It never made sense to me,” she said in a statement.',
      ),
    ).toEqual([
      { text: 'none of the emails were hers', speaker: 'Jane Roe' },
      { text: 'It never made sense to me', speaker: 'Jane Roe' },
    ])
  })
})

test('"maintains a commanding lock on the party" keeps a thing; "maintained the deal was legal" says something', () => {
  expect(said("Jane Roe maintains a commanding lock on the party's leadership.")).toEqual([])
  expect(said('Jane Roe maintained the deal was legal.')).toEqual([{ text: 'the deal was legal', speaker: 'Jane Roe' }])
  expect(said('Jane Roe maintains she did nothing wrong.')).toEqual([
    { text: 'she did nothing wrong', speaker: 'Jane Roe' },
  ])
})

test('"What she said is that ...": the statement after the copula of the free relative is hers', () => {
  expect(said('Jane Roe spoke next. What she said is that the city needs more buses.')).toEqual([
    { text: 'the city needs more buses', speaker: 'Jane Roe' },
  ])
  expect(said('What Roe told reporters was that the budget would not pass.')).toEqual([
    { text: 'the budget would not pass', speaker: 'Roe' },
  ])
  // a judgment of what was said is the writer's
  expect(said('Jane Roe spoke next. What she said is true.')).toEqual([])
})

test('a quotation running over paragraphs takes the speaker named only after it, in the paragraph that ends it', () => {
  expect(
    speakerOf(
      'We have waited',
      'Tom Poe spoke first at the rally and was cheered.',
      '“We have waited for this bridge for twenty years. Every year the council tells us it will come.',
      '“And every year it does not come,” said Jane Roe, a mother of three.',
    ),
  ).toBe('Jane Roe')
})

describe('the person a sentence is about', () => {
  test('"him" in her sentence is someone else, so it says nothing of her gender', () => {
    expect(
      speakerOf(
        'He has a desire',
        '“The will of the state matters,” said Jackson, a delegate.',
        'Dottie Roe, the chair of the state party, is backing the senator and in a statement credited him for “an exciting and inspiring campaign.”',
        '“He has a desire to bring those voters in,” she said.',
      ),
    ).toBe('Dottie Roe')
  })

  test('a quotation in a sentence with no verb of saying is the words of its named subject, not of the last speaker', () => {
    expect(
      said(
        '“The will of the state matters,” said Tom Poe, a delegate.',
        'Jane Roe, the chair of the state party, is backing the senator and credited him for “an exciting and inspiring campaign.”',
      ),
    ).toEqual([
      { text: 'The will of the state matters', speaker: 'Tom Poe' },
      { text: 'an exciting and inspiring campaign.', speaker: 'Jane Roe' },
    ])
  })
})

test('a name after its titles opens the clause ("Republican presidential nominee John Roe has ..."), so "he" is him', () => {
  expect(
    speakerOf(
      'It has been',
      'Tom Poe, the campaign manager, was asked about it.',
      'Tom Poe refused to speculate, adding that he would be on vacation at that time.',
      'Republican presidential nominee John Roe has blasted the media for it.',
      'While he was speaking with the press on Wednesday, he said, “It has been 235 days.”',
    ),
  ).toBe('John Roe')
})

test('"X wrote in a recent report": a later "the report said" is X\'s, the report last named', () => {
  expect(
    speakerOf(
      'Since 2016',
      'A report by the Budget Office found delays.',
      '“The boom never came,” economist Tom Poe wrote in a recent report for the institute.',
      'Since 2016, spending has increased only 8.7 per cent, the report said.',
    ),
  ).toBe('Tom Poe')
})

test('a sentence about someone by their title ("the mayor brought up the plan") puts them in focus for "he said"', () => {
  expect(
    speakerOf(
      'We can reduce',
      'Mayor John Roe wants the line built around the clock.',
      '“We have never done any such study,” a spokesperson for the agency said.',
      'On Dec. 13, the mayor brought up the plan again while speaking to the media.',
      '“We can reduce costs considerably,” he said.',
    ),
  ).toBe('John Roe')
})

test('"Jane Roe, president and CEO of the Civic Restaurant Association stated": an apposition missing its closing comma', () => {
  expect(said('Jane Roe, president and CEO of Civic Restaurant Association stated, “It is a math problem.”')).toEqual([
    { text: 'It is a math problem.', speaker: 'Jane Roe' },
  ])
})

describe('a phrasal verb of replying ("shot back", "fired back", "hit back") is a verb of saying', () => {
  test.each([
    ['after the quotation', '“Jane wants to be a tough guy tonight,” Richard Roe shot back. “Let me talk.”'],
    ['before it, with a colon', 'Richard Roe fired back: “Jane wants to be a tough guy tonight.”'],
    ['before it, with a comma', 'Richard Roe hit back, “Jane wants to be a tough guy tonight.”'],
  ])('%s', (_name, second) => {
    const first = 'Jane Doe said the senator had no plan. “He has never run anything,” she said.'
    expect(speakerOf('Jane wants', first, second)).toBe('Richard Roe')
  })

  test('with a clause with "that"', () => {
    const first = 'Jane Doe asked about the wall.'
    expect(speakerOf('the question', first, 'Richard Roe shot back that the question was unfair.')).toBe('Richard Roe')
  })

  test('a shot fired back with no quotation says nothing', () => {
    expect(said('Jane Doe said the attackers shot at them, and police fired back.').map((q) => q.text)).toEqual([
      'the attackers shot at them, and police fired back',
    ])
  })
})

describe('a capitalised participle opening a sentence is no given name', () => {
  test('"Bashing Richard Roe may be job one": the person is Richard Roe', () => {
    expect(
      speakerOf(
        'he does not plan',
        'Bashing Richard Roe may be job one for Jane Doe this fall.',
        'Roe has said he does not plan to stage a mock debate.',
      ),
    ).toBe('Richard Roe')
  })

  test('"Leading Democrats say ...": the speakers are Democrats', () => {
    expect(speakerOf('this time', 'Leading Democrats say that this time is different.')).toBe('Democrats')
  })

  test('a given name the name tables know still opens a name', () => {
    expect(speakerOf('the plan', 'Manning Marable said the plan would pass.')).toBe('Manning Marable')
  })
})

describe('an anonymous member of a group is a weak antecedent for "he" beside a named person', () => {
  const roe = 'Richard Roe, a retired surgeon, is running for the Senate.'
  test('"quoted one of Roe\'s advisers as saying ..." does not take the next "he said"', () => {
    expect(
      speakerOf(
        'I have been',
        roe,
        "The New York Times quoted one of Roe's advisers as saying the retired surgeon is having trouble with foreign policy.",
        'He brushed off these concerns. “I have been to 57 countries,” he said.',
      ),
    ).toBe('Richard Roe')
  })

  test('with no named person in focus the member is still the one who said it', () => {
    expect(
      speakerOf(
        'We will appeal',
        'The Times quoted one of the mayor’s advisers as saying the ruling was unfair. “We will appeal,” he said.',
      ),
    ).toBe('one of the mayor’s advisers')
  })
})

describe('a statement in an opening subordinate clause ends before the main clause', () => {
  test('"When X said that ..., Y replied: “...”" gives each their own', () => {
    expect(
      said('When Richard Roe said that the state would sue, Jane Doe replied: “If they sue us, they will lose.”'),
    ).toEqual([
      { text: 'the state would sue', speaker: 'Richard Roe' },
      { text: 'If they sue us, they will lose.', speaker: 'Jane Doe' },
    ])
  })

  test('"Though he said ..., John said ..." are two statements', () => {
    expect(
      said('Though he said the drive found a few new people, Tom John said none were added to the slate.').map(
        (q) => q.text,
      ),
    ).toEqual(['the drive found a few new people', 'none were added to the slate'])
  })
})

describe('a name set in commas after the description that follows "said" is the speaker', () => {
  test.each([
    [
      'a possessive role, then a relative clause',
      '“We will win,” said Roe’s deputy campaign manager, Jim Dove, who ran the field.',
      'Jim Dove',
    ],
    ['an indefinite role at the sentence end', '“We will win,” said a spokesman, Bill Kane.', 'Bill Kane'],
    ['an adjunct after the name', '“We will win,” said the campaign spokeswoman, Jane Dole, on Monday.', 'Jane Dole'],
  ])('%s', (_name, paragraph, speaker) => {
    expect(speakerOf('We will win', paragraph)).toBe(speaker)
  })

  test('a group or an organisation after the comma is not taken for the person', () => {
    expect(speakerOf('We will win', '“We will win,” said the spokesman, Acme Corp.')).not.toBe('Acme Corp')
    expect(speakerOf('We will win', '“We will win,” said officials, Jim Dove and Jane Dole.')).not.toBe('Jim Dove')
  })
})

describe('"Mrs." before a name says the person is a woman', () => {
  test('"he" after a man and "Mrs. Roe" is the man', () => {
    expect(speakerOf('We will win', 'Mr. Doe spoke first. Mrs. Roe spoke next.', '“We will win,” he said.')).toBe('Doe')
  })
  test('"she" after them is Mrs. Roe', () => {
    expect(speakerOf('We will win', 'Mr. Doe spoke first. Mrs. Roe spoke next.', '“We will win,” she said.')).toBe(
      'Roe',
    )
  })
})

describe('a name written with an honorific is a person wherever it stands in the sentence', () => {
  test('"the plan Mr. Smith has made": a later "he" is Smith', () => {
    expect(speakerOf('We will win', 'The plan Mr. Smith has made is bold. “We will win,” he said.')).toBe('Smith')
  })
})

describe('a prepositional phrase between an auxiliary and the verb is no subject', () => {
  test.each([
    [
      'after a relative pronoun',
      'Jim Roe, who has in the past described the mayor as “a menace to the city,” spoke on Monday.',
      'Jim Roe',
    ],
    ['after a name', 'Jane Doe had on several occasions called the plan “a disaster.”', 'Jane Doe'],
  ])('%s', (_name, paragraph, speaker) => {
    expect(speakerOf('a ', paragraph)).toBe(speaker)
  })
})

describe('a time with an article opening the sentence is no subject', () => {
  test('"The day before, at a rally in Beaumont, Tex., Mr. Roe was blunt, claiming …"', () => {
    expect(
      speakerOf(
        'the city',
        'The day before, at a rally in Beaumont, Tex., Mr. Roe was just as blunt, claiming without evidence that the city was lost.',
      ),
    ).toBe('Roe')
  })
})

describe('a verb of saying that is also a noun, after a possessive and its modifiers, is the noun', () => {
  test('"said in her opening remarks that …" is her statement', () => {
    expect(speakerOf('the platform', 'Jane Roe said in her opening remarks that the platform should be kept.')).toBe(
      'Jane Roe',
    )
  })
  test('"Her seemingly incongruous comments on the issue speak to …, said X"', () => {
    expect(
      speakerOf(
        'Her seemingly',
        'Her seemingly incongruous comments on the issue speak to the reality that there is no upside, said Jim Doe, a fellow at the institute.',
      ),
    ).toBe('Jim Doe')
  })
})

describe('"according to" a role in lower case before a name', () => {
  test('the name is the source, and "the company" after it is that company', () => {
    expect(
      said(
        'Magazines will make up 2 per cent of spending, according to media buying company GroupM. Revenues fell by 16 per cent, the company wrote in a report.',
      ).map((q) => q.speaker),
    ).toEqual(['GroupM', 'GroupM'])
  })
})

describe('an indefinite pronoun opens a speaker phrase ("someone in the audience")', () => {
  test('the group after "in" is not the speaker, and the next attribution is read', () => {
    expect(
      said('When someone in the audience shouted, “Cruz,” Jim Roe joked, again using an accent, “Amen, brother!”'),
    ).toEqual([
      { text: 'Cruz', speaker: 'someone in the audience' },
      { text: 'Amen, brother!', speaker: 'Jim Roe' },
    ])
  })
})

describe('a clause of contrast has a subject of its own', () => {
  test("\", while NAME, APPOSITION, said …\" is the name's statement, not the main clause's object's", () => {
    expect(
      speakerOf(
        'the speaker should resign',
        'Gov. Richard Roe on Monday signed an order, while Jane Doe, the former state treasurer, said the speaker should resign.',
      ),
    ).toBe('Jane Doe')
  })

  test('a coordinated verb of saying in it is the name\'s too (", while NAME … proposed a plan and said …")', () => {
    expect(
      speakerOf(
        'the speaker should resign',
        'Gov. Richard Roe on Monday signed an order, while Jane Doe, the former state treasurer, proposed a plan and said the speaker should resign.',
      ),
    ).toBe('Jane Doe')
  })

  test('without one the main clause keeps it ("Roe signed an order and said …")', () => {
    expect(
      speakerOf(
        'the speaker should resign',
        'Gov. Richard Roe on Monday signed an order and said the speaker should resign.',
      ),
    ).toBe('Richard Roe')
  })
})
