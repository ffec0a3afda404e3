import { describe, expect, test } from 'vitest'
import { findDates } from '../../src/story/dates/index.js'

/** The launch story: published on Saturday 2026-02-07. */
const LAUNCH = { localDate: '2026-02-07' }

/** [sentence, expected "text=value" list] for an article published on 2026-02-07. */
const values = (text: string, localDate = LAUNCH.localDate): string[] =>
  findDates(text, { localDate }).map((d) => `${d.text}=${d.value}`)

describe('launch story expectations (published Saturday 2026-02-07)', () => {
  test.each([
    ['Iran said on Saturday that its missiles are not up for discussion.', ['on Saturday=2026-02-07']],
    ["Araghchi spoke to reporters in Friday's talks in Muscat.", ["in Friday's=2026-02-06"]],
    ['The two delegations met on Friday in Oman.', ['on Friday=2026-02-06']],
    ['Officials said talks would resume next week.', ['next week=2026-W07']],
    ['Tehran rejected a similar offer last month.', ['last month=2026-01']],
    ["Last month's round ended without a deal.", ["Last month's=2026-01"]],
    ['Oil exports fell sharply last year.', ['last year=2025']],
    ['The strikes took place in 2024.', ['in 2024=2024']],
    ['New tariffs are effective from Saturday.', ['from Saturday=2026-02-07']],
    [
      "Araghchi said on Saturday the programme was never on the table in Friday's talks, and warned Tehran would respond.",
      ['on Saturday=2026-02-07', "in Friday's=2026-02-06"],
    ],
  ])('%s', (text, expected) => {
    expect(values(text)).toEqual(expected)
  })
})

describe('weekdays', () => {
  test.each([
    ['The envoy arrived on Tuesday.', 'on Tuesday=2026-02-03'],
    ['The ministers will meet again on Friday.', 'on Friday=2026-02-13'],
    ['The vote is expected Monday.', 'Monday=2026-02-09'],
    ['They met last Friday.', 'last Friday=2026-02-06'],
    ['They met last Saturday.', 'last Saturday=2026-01-31'],
    ['The summit opens next Saturday.', 'next Saturday=2026-02-14'],
    ['Talks resume this coming Sunday.', 'this coming Sunday=2026-02-08'],
    ['Protesters gathered late Thursday night.', 'late Thursday night=2026-02-05'],
    ["Friday's vote will decide it.", "Friday's=2026-02-13"],
    ["Analysts weighed Wednesday's statement.", "Wednesday's=2026-02-04"],
  ])('%s', (text, expected) => {
    expect(values(text)).toEqual([expected])
  })

  test.each([['Crowds marked Good Friday in Jerusalem.'], ['The market opens each Thursday at noon.']])(
    'not a date: %s',
    (text) => {
      expect(values(text)).toEqual([])
    },
  )
})

describe('months and explicit dates', () => {
  test.each([
    ['The deal collapsed in June.', 'in June=2025-06'],
    ['The inspectors will return in June.', 'in June=2026-06'],
    ['They signed it last June.', 'last June=2025-06'],
    ['They signed it last February.', 'last February=2025-02'],
    ['The next round is planned for next March.', 'next March=2026-03'],
    ['Elections are due this September.', 'this September=2026-09'],
    ['It opened in June last year.', 'in June last year=2025-06'],
    ['The embassy closed in January 1998.', 'in January 1998=1998-01'],
    ['Fighting eased in early December.', 'in early December=2025-12'],
    ['The talks began Feb. 6 in Muscat.', 'Feb. 6=2026-02-06'],
    ['The talks began Feb 6 in Muscat.', 'Feb 6=2026-02-06'],
    ['Prices peaked in Feb. 2024.', 'in Feb. 2024=2024-02'],
    ['The envoys must answer by March 14.', 'by March 14=2026-03-14'],
    ['The envoys must answer by Jan. 14.', 'by Jan. 14=2026-01-14'],
    ['Aid will flow to victims of the Jan. 30 blasts.', 'Jan. 30=2026-01-30'],
    ['Inspectors visited the site Jan. 30.', 'Jan. 30=2026-01-30'],
    ['He arrived on Friday, Jan. 30.', 'on Friday, Jan. 30=2026-01-30'],
    ['The accord was signed on March 3, 1998.', 'on March 3, 1998=1998-03-03'],
    ['The dividend is payable March 15.', 'March 15=2026-03-15'],
    ['The treaty was ratified Nov. 25.', 'Nov. 25=2025-11-25'],
    ['He was born 12 June 1946.', '12 June 1946=1946-06-12'],
    ['The ceremony falls on Sunday, March eighth.', 'on Sunday, March eighth=2026-03-08'],
    ['A court will hear the case the week of March 6.', 'the week of March 6=2026-W10'],
  ])('%s', (text, expected) => {
    expect(values(text)).toEqual([expected])
  })

  test('a range gives both ends', () => {
    expect(values('The offer ran from Oct. 1 to Nov. 15.')).toEqual(['from Oct. 1=2025-10-01', 'Nov. 15=2025-11-15'])
  })

  test.each([
    ['Prices may fall further.'],
    ['May I ask a question?'],
    ['Theresa May said so.'],
    ['Bonds pay 6 1/4% interest.'],
    ['Thousands joined the March of the Mothers.'],
  ])('not a month: %s', (text) => {
    expect(values(text)).toEqual([])
  })
})

describe('relative to the publication date', () => {
  test.each([
    ['The minister spoke yesterday.', 'yesterday=2026-02-06'],
    ['The minister speaks today.', 'today=2026-02-07'],
    ['The minister speaks tomorrow.', 'tomorrow=2026-02-08'],
    ['Sirens sounded late last night.', 'last night=2026-02-06'],
    ['Markets rallied this week.', 'this week=2026-W06'],
    ['Markets rallied last week.', 'last week=2026-W05'],
    ['Sales rose this month.', 'this month=2026-02'],
    ['Sales will rise next month.', 'next month=2026-03'],
    ['Output rose this year.', 'this year=2026'],
    ['Output rose earlier this year.', 'earlier this year=2026'],
    ['Output will rise next year.', 'next year=2027'],
    ['The truce broke down two weeks ago.', 'two weeks ago=2026-W04'],
    ['The truce broke down 10 days ago.', '10 days ago=2026-01-28'],
    ['The truce broke down three years ago.', 'three years ago=2023'],
    ['Revenue fell from a year earlier.', 'from a year earlier=2025'],
  ])('%s', (text, expected) => {
    expect(values(text)).toEqual([expected])
  })

  test('an anaphoric "a day later" counts from the date before it in the paragraph', () => {
    expect(values('Talks opened on March 3, 1998. A day later they collapsed.')).toEqual([
      'on March 3, 1998=1998-03-03',
      'A day later=1998-03-04',
    ])
  })

  test('"a day later" with nothing to count from is not reported', () => {
    expect(values('A day later they collapsed.')).toEqual([])
  })

  test('"the day before last Tuesday"', () => {
    expect(values('They met the day before last Tuesday.')).toEqual(['the day before last Tuesday=2026-02-02'])
  })

  test.each([
    ['The war lasted three years.'],
    ['In the past 24 hours, dozens were hurt.'],
    ['He has been in Geneva for the last week.'],
    ['Prices climbed over the past month.'],
    ['Talks are now stalled and were recently frozen.'],
    ['They must reply within 3 days.'],
    ['The people of tomorrow will judge.'],
  ])('a duration or vague reference is not a date: %s', (text) => {
    expect(values(text)).toEqual([])
  })
})

describe('years', () => {
  test.each([
    ['Profit rose in fiscal 1989.', 'in fiscal 1989=1989'],
    ['The plant closed in mid-1996.', 'in mid-1996=1996'],
    ['The loans run until the end of 1994.', 'until the end of 1994=1994'],
    ['It happened in nineteen ninety-six.', 'in nineteen ninety-six=1996'],
    ['Plans for the year two thousand were drawn up.', 'the year two thousand=2000'],
    ['It will not be profitable until 1994 or later.', 'until 1994 or later=1994'],
  ])('%s', (text, expected) => {
    expect(values(text)).toEqual([expected])
  })

  test.each([
    ['Some 2,000 troops crossed the border.'],
    ['About 2000 troops crossed the border.'],
    ['The 1990s were calm.'],
    ['Shares rose 1998 points.'],
    ['It cost $1998.'],
    ['The strike came at 2000 GMT.'],
    ['A venture called Orion 1980 was set up.'],
    ['The 1998-99 season was long.'],
  ])('not a year: %s', (text) => {
    expect(values(text)).toEqual([])
  })
})

describe('holidays', () => {
  test.each([
    ['He was rescued last Thanksgiving.', 'last Thanksgiving=2025-11-27'],
    ['Shops closed on Christmas Day.', 'on Christmas Day=2025-12-25'],
    ['Voters go to the polls on Election Day.', 'on Election Day=2025-11-04'],
  ])('%s', (text, expected) => {
    expect(values(text)).toEqual([expected])
  })
})

describe('results', () => {
  test('offsets point at the expression in the paragraph, sorted', () => {
    const text = 'On Friday the envoys met; last month they did not.'
    const found = findDates(text, LAUNCH)
    expect(found.map((d) => text.slice(d.start, d.end))).toEqual(['On Friday', 'last month'])
    expect(found.map((d) => d.granularity)).toEqual(['day', 'month'])
    expect(found.map((d) => d.relative)).toEqual([true, true])
  })

  test('a paragraph without a time word returns nothing', () => {
    expect(findDates('Negotiators exchanged proposals through Omani mediators.', LAUNCH)).toEqual([])
  })

  test('the same values whatever the machine time zone', () => {
    const text = 'On Sunday, last week and next month, on March 31 and in 2024, two weeks ago.'
    const saved = process.env.TZ
    const results = ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles', 'Pacific/Pago_Pago', 'America/Sao_Paulo'].map(
      (zone) => {
        process.env.TZ = zone
        return values(text, '2026-03-29')
      },
    )
    if (saved === undefined) delete process.env.TZ
    else process.env.TZ = saved
    for (const r of results) expect(r).toEqual(results[0])
    expect(results[0]).toEqual([
      'On Sunday=2026-03-29',
      'last week=2026-W12',
      'next month=2026-04',
      'on March 31=2026-03-31',
      'in 2024=2024',
      'two weeks ago=2026-W11',
    ])
  })
})

describe('"Today" as part of a name', () => {
  test('a capitalised "Today’s" before another capitalised word inside a sentence is a title, not a day', () => {
    expect(values('The group bid for five magazines – Maclean’s, Today’s Parent, Hello! and others.')).toEqual([])
  })
  test('opening a sentence, or before a lower-case word, it is the day', () => {
    expect(values('Today’s talks ended early.')).toEqual(['Today’s=2026-02-07'])
    expect(values('The envoy left. Today Iran said it would talk.')).toEqual(['Today=2026-02-07'])
  })
})
