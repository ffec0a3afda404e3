import { describe, expect, test } from 'vitest'
import { spelledHead } from '../../src/answer/head-spelling.js'
import { understand } from '../../src/answer/understand.js'
import { Engine } from '../../src/engine.js'
import { wordNet } from '../../src/lexicon/wordnet.js'
import { article, quote, story } from '../helpers/story.js'

// A made-up campaign story: a candidate, his spokeswoman and strategist, a committee's spokesman, a prosecutor.
const trail = article(
  'trail',
  [
    'Senator Dan Ortega said on Monday that his campaign would move staff from Denver to Iowa.',
    'His chief strategist, Mia Lund, said the move would save money. “We are running a lean campaign,” Lund said.',
    'Ortega campaign spokeswoman Kate Nye said the candidate would visit all 99 counties.',
    '“Nobody has ever done it this fast,” Republican National Committee spokesman Sean Fox said of the tour.',
    '“We will look at every case,” said Lena Ruiz, the Essex County prosecutor, in Newark.',
    'Dan Ortega called the tour “a promise kept.”',
  ],
  { title: 'Ortega campaign to shift staff to Iowa' },
)
const talks = article('talks', [
  'Iranian Foreign Minister Ali Rezaei said the talks in Oman were a good start.',
  '“The mood was very positive,” Rezaei said. “We are not giving up our rights in China,” he added.',
  'Washington announced new sanctions on shipping firms on Friday.',
  'Hun Sen, the prime minister, was not at the meeting.',
])
const s = story(
  [trail, talks],
  [
    quote(trail, 1, 'his campaign would move staff from Denver to Iowa', 'Dan Ortega', {
      kind: 'indirect',
      role: 'Senator',
    }),
    quote(trail, 2, 'the move would save money', 'Mia Lund', { kind: 'indirect' }),
    quote(trail, 2, 'We are running a lean campaign,', 'Mia Lund'),
    quote(trail, 3, 'the candidate would visit all 99 counties', 'Kate Nye', { kind: 'indirect' }),
    quote(trail, 4, 'Nobody has ever done it this fast,', 'Sean Fox'),
    quote(trail, 5, 'We will look at every case,', 'Lena Ruiz'),
    quote(trail, 6, 'a promise kept.', 'Dan Ortega'),
    quote(talks, 1, 'the talks in Oman were a good start', 'Ali Rezaei', {
      kind: 'indirect',
      role: 'Foreign Minister',
    }),
    quote(talks, 2, 'The mood was very positive,', 'Ali Rezaei'),
    quote(talks, 2, 'We are not giving up our rights in China,', 'Ali Rezaei'),
  ],
  [],
  [
    { name: 'Dan Ortega', role: 'Senator', aliases: ['Ortega'] },
    { name: 'Mia Lund', role: null, aliases: ['Lund'] },
    { name: 'Kate Nye', role: 'Ortega campaign spokeswoman', aliases: ['Nye'] },
    { name: 'Sean Fox', role: null, aliases: ['Fox'] },
    { name: 'Lena Ruiz', role: null, aliases: ['Ruiz'] },
    { name: 'Ali Rezaei', role: 'Foreign Minister', aliases: ['Rezaei'] },
  ],
)
const engine = new Engine(s)
const speaker = (q: string) => engine.ask(q).answer?.speaker

describe('descriptions resolved to the people the coverage introduces that way', () => {
  test('the role set off before a name by a comma ("His chief strategist, Mia Lund,")', () => {
    expect(speaker("What did Ortega's chief strategist say about the move?")).toBe('Mia Lund')
  })

  test('the person a description names is not the person described: "the Ortega campaign" is its spokeswoman', () => {
    expect(speaker('What did the Ortega campaign say about the counties?')).toBe('Kate Nye')
  })

  test('an organisation by its initials ("the RNC spokesman")', () => {
    expect(speaker('What did the RNC spokesman say about the tour?')).toBe('Sean Fox')
  })

  test('the apposition after a name, and a place where the person is ("the prosecutor in Newark")', () => {
    expect(speaker('What did the county prosecutor in Newark say about the cases?')).toBe('Lena Ruiz')
  })

  test('a head noun with a typo is the one kind of person one edit away ("prosecuter")', () => {
    expect(speaker('What did the Essex County prosecuter say about the cases?')).toBe('Lena Ruiz')
    expect(spelledHead('prosecuter', wordNet())).toBe('prosecutor')
    // a word the lexicon knows, or a short one, is as written
    expect(spelledHead('prosecutor', wordNet())).toBe('prosecutor')
    expect(spelledHead('mayr', wordNet())).toBe('mayr')
  })

  test('a title is the words joined to the name: "… in China,” Rezaei said" does not make him Chinese', () => {
    expect(speaker("What did Iran's foreign minister say about the mood?")).toBe('Ali Rezaei')
    expect(speaker("What did China's foreign minister say about the mood?")).toBeUndefined()
  })

  test('a role whose place fits none of the people given it: nobody so described is quoted', () => {
    const a = engine.ask("What did Oman's foreign minister say about the talks?")
    expect(a.answer).toBeNull()
    expect(a.unquoted).toBe("Oman's foreign minister")
  })
})

describe('names that are no quoted person', () => {
  test('a title word at the end of a name is part of it ("Hun Sen"), and he is never quoted', () => {
    expect(engine.ask('What did Hun Sen say about the meeting?').unquoted).toBe('Hun Sen')
  })

  test('a country or capital acting for its government is the topic, not an unquoted person', () => {
    const a = engine.ask('What new sanctions did Washington announce?')
    expect(a.unquoted).toBeUndefined()
    expect(a.citations[0]?.paragraph).toBe(3)
  })
})

describe('the statement of the person asked about', () => {
  const paper = article('paper', [
    'The campaign says it will shift staff from Denver to Iowa. Spokeswoman Kate Nye says the team is “lean.”',
    'Senator Mary Hall said Ortega had run a careful race.',
    'Senator Dan Ortega said the race was close.',
  ])
  const e = new Engine(
    story(
      [paper],
      [
        quote(paper, 1, 'it will shift staff from Denver to Iowa', 'the campaign', { kind: 'indirect' }),
        quote(paper, 1, 'the team is “lean.”', 'Kate Nye', { kind: 'indirect' }),
        quote(paper, 2, 'Ortega had run a careful race', 'Mary Hall', { kind: 'indirect', role: 'Senator' }),
        quote(paper, 3, 'the race was close', 'Dan Ortega', { kind: 'indirect', role: 'Senator' }),
      ],
      [],
      [
        { name: 'the campaign', role: null, aliases: [] },
        { name: 'Kate Nye', role: 'Spokeswoman', aliases: ['Nye'] },
        { name: 'Mary Hall', role: 'Senator', aliases: ['Hall'] },
        { name: 'Dan Ortega', role: 'Senator', aliases: ['Ortega'] },
      ],
    ),
  )

  test('is the answer, even where another sentence of the paragraph matches more of the question', () => {
    const a = e.ask('What did the spokeswoman say about moving staff to Iowa?')
    expect(a.answer?.speaker).toBe('Kate Nye')
    expect(a.answer?.text).toBe('Spokeswoman Kate Nye says the team is “lean.”')
  })

  test('a person the question names as its topic is not the person a description asks about', () => {
    expect(e.ask('What did the senator say about Ortega?').answer?.speaker).toBe('Mary Hall')
  })
})

describe('descriptions at a more general level than the role, and whose words a description holds', () => {
  const hill = article('hill', [
    'Sen. Tom Hale of Ohio said the bill would pass by Friday.',
    '“We have the votes,” said Ruth Bell, a pollster who worked for Sen. Tom Hale last year.',
    'Iranian Foreign Minister Ali Rezaei said the talks in Oman were a good start.',
    'US President Dan Cole said the talks were very good.',
  ])
  const e = new Engine(
    story(
      [hill],
      [
        quote(hill, 1, 'the bill would pass by Friday', 'Tom Hale', { kind: 'indirect', role: 'Sen.' }),
        quote(hill, 2, 'We have the votes,', 'Ruth Bell', { role: 'pollster who worked for Sen. Tom Hale last year' }),
        quote(hill, 3, 'the talks in Oman were a good start', 'Ali Rezaei', {
          kind: 'indirect',
          role: 'Iranian Foreign Minister',
        }),
        quote(hill, 4, 'the talks were very good', 'Dan Cole', { kind: 'indirect', role: 'US President' }),
      ],
      [],
      [
        { name: 'Tom Hale', role: 'Sen.', aliases: ['Hale'] },
        { name: 'Ruth Bell', role: 'pollster who worked for Sen. Tom Hale last year', aliases: ['Bell'] },
        { name: 'Ali Rezaei', role: 'Iranian Foreign Minister', aliases: ['Rezaei'] },
        { name: 'Dan Cole', role: 'US President', aliases: ['Cole'] },
      ],
    ),
  )
  const who = (q: string) => e.ask(q).answer?.speaker

  test('"the lawmaker" is the senator (WordNet: a senator is a kind of lawmaker), "Sen." written out', () => {
    expect(who('What did the lawmaker say about the bill?')).toBe('Tom Hale')
    expect(who('What did the senator say about the bill?')).toBe('Tom Hale')
  })

  test('"Iran\'s top diplomat" is its foreign minister (a minister is a kind of diplomat)', () => {
    expect(who("What did Iran's top diplomat say about the talks?")).toBe('Ali Rezaei')
  })

  test('a place within a region fits the region ("the Asian diplomat" for the Iranian foreign minister)', () => {
    expect(who('What did the Asian diplomat say about the talks?')).toBe('Ali Rezaei')
    expect(who('What did the European diplomat say about the talks?')).not.toBe('Ali Rezaei')
    expect(wordNet().within?.('kenya', 'africa')).toBe(true)
    expect(wordNet().within?.('kenya', 'europe')).toBe(false)
  })

  test('"American" and "US" are one place', () => {
    expect(who('What did the American president say about the talks?')).toBe('Dan Cole')
  })

  test('a relative clause after a role is not the person\'s role ("a pollster who worked for Sen. Hale")', () => {
    expect(who('What did the senator say?')).toBe('Tom Hale')
  })
})

describe('a description no profile fits', () => {
  const board = article('board', [
    'Senator Richard Vale, who heads the Senate Banking Committee, said the nominee’s donations raised questions.',
    'The nominee said her donations were lawful.',
    'Mayor Ann Lee said the donations were a matter for the courts.',
  ])
  const e = new Engine(
    story(
      [board],
      [
        quote(board, 1, 'the nominee’s donations raised questions', 'Richard Vale', { kind: 'indirect' }),
        quote(board, 2, 'her donations were lawful', 'the nominee', { kind: 'indirect' }),
        quote(board, 3, 'the donations were a matter for the courts', 'Ann Lee', { kind: 'indirect' }),
      ],
      [],
      [
        { name: 'Richard Vale', role: 'Senator', aliases: ['Vale'] },
        { name: 'the nominee', role: null, aliases: [] },
        { name: 'Ann Lee', role: 'Mayor', aliases: ['Lee'] },
      ],
    ),
  )

  test('is answered where the passage describes someone so: the head, or half the description’s words', () => {
    const a = e.ask('What did the Senate Banking Committee chairman say about the donations?')
    expect(a.answer?.speaker).toBe('Richard Vale')
  })

  test('is never answered with another person’s statement', () => {
    const a = e.ask('What did the campaign treasurer say about the donations to the courts?')
    expect(a.answer).toBeNull()
    // the head is the person, not the participle's object: "mailman", not "sign"
    expect(e.ask('What did the retired mailman holding a Senate sign say about the donations?').answer).toBeNull()
  })
})

describe('a full name whose parts the coverage splits', () => {
  const briefing = article('briefing', [
    'The finance minister, Lou Jiwei, suggested that critics should curb their complaints.',
    '“At that time, the whole world applauded China,” Mr. Lou told a news briefing about the glut.',
  ])
  const e = new Engine(
    story(
      [briefing],
      [
        quote(briefing, 1, 'critics should curb their complaints', 'Lou Jiwei', { kind: 'indirect' }),
        quote(briefing, 2, 'At that time, the whole world applauded China,', 'Lou'),
      ],
      [],
      [
        { name: 'Lou Jiwei', role: 'finance minister', aliases: ['Jiwei'] },
        { name: 'Lou', role: null, aliases: [] },
      ],
    ),
  )

  test('a speaker known by one part of the name asked about alone is that person ("Mr. Lou")', () => {
    expect(e.ask('What did Lou Jiwei say about the glut?').answer?.speaker).toBe('Lou')
  })
})

describe('what the article says a person is, in a sentence of its own', () => {
  const polls = article('polls', [
    'Voters lined up outside the school in Salem on Tuesday.',
    'Ann Perry served on the school board for years, and Jim Barr recently retired from his career as a mail carrier.',
    '“They came for the free stuff,” Barr said of the voters.',
    'Lee Ward, 58, is already caddieing again. He will be caddieing for Tom Stone.',
    '“It did not take long to get a job,” quipped Ward.',
    '“I am happy to have him,” Stone said of the job.',
    'Mark Dole is running for president. “The voters want change,” Dole said.',
    'Ruth Bale described each voter as a judge. “They decide,” Bale said.',
    'Kim Roe, the head of the Open Door fund, said the fund was ready.',
    'Bo Hale, a fund manager, said the money was gone.',
    'Joe Sal, citing data from the U.S. census, said turnout was high.',
    '“Turnout is a test,” said Omar Haddad, who is a professor of history at the state university.',
    'Secretary of State Jon Kerr said the visit went well.',
  ])
  const e = new Engine(
    story(
      [polls],
      [
        quote(polls, 3, 'They came for the free stuff,', 'Jim Barr'),
        quote(polls, 5, 'It did not take long to get a job,', 'Lee Ward'),
        quote(polls, 6, 'I am happy to have him,', 'Tom Stone'),
        quote(polls, 7, 'The voters want change,', 'Mark Dole'),
        quote(polls, 8, 'They decide,', 'Ruth Bale'),
        quote(polls, 9, 'the fund was ready', 'Kim Roe', { kind: 'indirect', role: 'the head of the Open Door fund' }),
        quote(polls, 10, 'the money was gone', 'Bo Hale', { kind: 'indirect', role: 'a fund manager' }),
        quote(polls, 11, 'turnout was high', 'Joe Sal', { kind: 'indirect', role: 'citing data from the U.S. census' }),
        quote(polls, 12, 'Turnout is a test,', 'Omar Haddad'),
        quote(polls, 13, 'the visit went well', 'Jon Kerr', { kind: 'indirect' }),
      ],
      [],
      [
        { name: 'Jim Barr', role: null, aliases: ['Barr'] },
        { name: 'Lee Ward', role: null, aliases: ['Ward'] },
        { name: 'Tom Stone', role: null, aliases: ['Stone'] },
        { name: 'Mark Dole', role: null, aliases: ['Dole'] },
        { name: 'Ruth Bale', role: null, aliases: ['Bale'] },
        { name: 'Kim Roe', role: 'the head of the Open Door fund', aliases: ['Roe'] },
        { name: 'Bo Hale', role: 'a fund manager', aliases: ['Hale'] },
        { name: 'Joe Sal', role: 'citing data from the U.S. census', aliases: ['Sal'] },
        { name: 'Omar Haddad', role: null, aliases: ['Haddad'] },
        { name: 'Jon Kerr', role: null, aliases: ['Kerr'] },
      ],
    ),
  )
  const who = (q: string) => e.ask(q).answer?.speaker

  test('"as a mail carrier" in the subject\'s clause: a mail carrier is a mailman, and a place where he was seen', () => {
    expect(who('What did the retired mailman outside the Salem school say about the voters?')).toBe('Jim Barr')
  })

  test('a person\'s noun made a verb ("is already caddieing"); the words before a name in a clause are no title', () => {
    expect(who('Which caddie joked about getting a job?')).toBe('Lee Ward')
  })

  test('an ordinary word the coverage never says of the one person given the head does not rule him out', () => {
    expect(who('Which veteran caddie joked about getting a job?')).toBe('Lee Ward')
    // a general head ("man") needs its other words to tell its person apart
    expect(e.ask('What did the formerly homeless man say about the voters?').answer).toBeNull()
  })

  test('a verb phrase is not what someone is ("is running for president"), nor is the object of "described as"', () => {
    const profiles = e.answerContext.profiles
    expect(profiles?.holders('carrier').get('Jim Barr')).toBe(1)
    expect(profiles?.holders('presid').get('Mark Dole')).not.toBe(1)
    expect(profiles?.holders('judg').get('Ruth Bale')).not.toBe(1)
    expect(profiles?.holders('caddi').get('Tom Stone')).not.toBe(1)
    // a title runs through "of", not through other function words
    expect(profiles?.holders('secretari').get('Jon Kerr')).toBe(1)
  })

  test('a relative clause after the name says what the person is ("Omar Haddad, who is a professor of …")', () => {
    expect(e.answerContext.profiles?.holders('professor').get('Omar Haddad')).toBe(1)
    expect(who('Which academic said turnout is a test?')).toBe('Omar Haddad')
  })

  test('"the head of …" is a person (the noun\'s sense of a person, with "of" after it)', () => {
    expect(understand(e.answerContext, 'What did the head of the fund say about the money?').asked).toEqual({
      kind: 'described',
      names: ['Kim Roe'],
    })
  })

  test('a participle\'s clause is what someone did, not what they are ("citing data from the U.S. census")', () => {
    expect(e.answerContext.profiles?.isOfOtherPlace('Joe Sal', 'place:philippines')).toBe(false)
  })
})

describe('an organisation a description names must be the person’s', () => {
  const convention = article(
    'convention',
    [
      'California Democrats opened their state convention in San Jose on Saturday as activists pressed Hillary Clinton.',
      'Charles Chamberlain, Democracy for America’s executive director, praised the activists and demanded that Clinton reject the trade pact.',
      'Charlie King, a former executive director of the New York Democratic Party, said Clinton would win the state easily.',
      'State party chairman John Burton told delegates the party would stay united.',
    ],
    // the organisation is named in the lead, not the headline
    { title: 'Convention opens in San Jose' },
  )
  const quotes = [
    quote(convention, 2, 'Clinton reject the trade pact', 'Charles Chamberlain', { kind: 'indirect' }),
    quote(convention, 3, 'Clinton would win the state easily', 'Charlie King', {
      kind: 'indirect',
      role: 'former executive director of the New York Democratic Party',
    }),
    quote(convention, 4, 'the party would stay united', 'John Burton', {
      kind: 'indirect',
      role: 'State party chairman',
    }),
  ]
  const speakers = [
    { name: 'Charles Chamberlain', role: null, aliases: ['Chamberlain'] },
    { name: 'Charlie King', role: 'former executive director of the New York Democratic Party', aliases: ['King'] },
    { name: 'John Burton', role: 'State party chairman', aliases: ['Burton'] },
  ]
  const e = new Engine(story([convention], quotes, [], speakers))
  // the same coverage where Chamberlain's statement was not read: King has the head, not the organisation
  const withoutHim = new Engine(
    story(
      [convention],
      quotes.filter((q) => q.speaker !== 'Charles Chamberlain'),
      [],
      speakers.filter((s) => s.name !== 'Charles Chamberlain'),
    ),
  )

  test('"X\'s ROLE": the person whose organisation it is, not another with the role', () => {
    const q = "What did Democracy for America's executive director demand of Clinton?"
    expect(e.ask(q).answer?.speaker).toBe('Charles Chamberlain')
    expect(understand(e.answerContext, q).asked).toEqual({ kind: 'described', names: ['Charles Chamberlain'] })
    expect(withoutHim.ask(q).answer?.speaker).not.toBe('Charlie King')
    expect(
      withoutHim.ask("What did the New York Democratic Party's former executive director say?").answer?.speaker,
    ).toBe('Charlie King')
  })

  test('an organisation nobody in the coverage is given: nobody so described is quoted', () => {
    expect(e.ask("What did Human Rights Watch's director say about the convention?").unquoted).toBe(
      "Human Rights Watch's director",
    )
    // "ROLE of X" and "the X ROLE" name the organisation too
    expect(e.ask('What did the executive director of Human Rights Watch say?').unquoted).toBe(
      'the executive director of Human Rights Watch',
    )
    expect(e.ask('What did the Human Rights Watch director say?').unquoted).toBe('the Human Rights Watch director')
  })

  test('the article’s own organisation and place, in its lead, fit its people ("State party chairman")', () => {
    const q = 'What did the California Democratic Party chairman tell delegates?'
    expect(understand(e.answerContext, q).asked).toEqual({ kind: 'described', names: ['John Burton'] })
    expect(e.ask(q).answer?.speaker).toBe('John Burton')
  })
})

describe('a company abbreviated without its legal form', () => {
  const chips = article('chips', [
    'Chip makers said the flaw would delay few products.',
    '“Bugs like this are normal,” said Tom Reyes, director of Vantage-Lumen Corp.’s research lab.',
    'Vantage-Lumen and others say the chip maker is not to blame.',
  ])
  const e = new Engine(
    story(
      [chips],
      [
        quote(chips, 2, 'Bugs like this are normal,', 'Tom Reyes', {
          role: 'director of Vantage-Lumen Corp.’s research lab',
        }),
        quote(chips, 3, 'the chip maker is not to blame', 'Vantage-Lumen', { kind: 'indirect' }),
      ],
      [],
      [
        { name: 'Tom Reyes', role: 'director of Vantage-Lumen Corp.’s research lab', aliases: ['Reyes'] },
        { name: 'Vantage-Lumen', role: null, aliases: [] },
      ],
    ),
  )

  test('"VL\'s research director" is the director of Vantage-Lumen Corp.\'s lab, not the company', () => {
    const q = "What did VL's research director say about the bugs?"
    const asked = understand(e.answerContext, q).asked
    expect(asked?.kind === 'described' ? asked.names : []).toContain('Tom Reyes')
    expect(e.ask(q).answer?.speaker).toBe('Tom Reyes')
  })
})

describe('an adjective before the head describes, it names no organisation', () => {
  const senate = article('senate', [
    '“We should go easy on him,” Senate minority leader Harry Reid told reporters in Washington.',
    '“His record does not match his words,” Senator Ted Cruz told reporters after a forum.',
  ])
  const e = new Engine(
    story(
      [senate],
      [
        quote(senate, 1, 'We should go easy on him,', 'Harry Reid', { role: 'Senate minority leader' }),
        quote(senate, 2, 'His record does not match his words,', 'Ted Cruz', { role: 'Senator' }),
      ],
      [],
      [
        { name: 'Harry Reid', role: 'Senate minority leader', aliases: ['Reid'] },
        { name: 'Ted Cruz', role: 'Senator', aliases: ['Cruz'] },
      ],
    ),
  )

  test('"the Senate Democratic leader" is the Senate minority leader: "Democratic" is not required of him', () => {
    const q = 'Which Senate Democratic leader told reporters to go easy on him?'
    const asked = understand(e.answerContext, q).asked
    expect(asked?.kind === 'described' ? asked.names[0] : null).toBe('Harry Reid')
    expect(e.ask(q).answer?.speaker).toBe('Harry Reid')
  })
})
