import { describe, expect, test } from 'vitest'
import { digestForCli } from '../../src/digest/cli.js'
import { composeDigest } from '../../src/digest/compose.js'
import { DigestInputError } from '../../src/digest/types.js'
import { analyzeStory } from '../../src/story/analyze.js'
import { loadCorpus } from '../../src/story/load-corpus.js'
import { article, mention, multiDayStory, quote, story } from '../fixtures/digest/story.js'

const ids = (date: string, zone: string) => composeDigest(multiDayStory(), date, zone).articles.map((a) => a.article)

describe('composeDigest: each day gets exactly its own articles', () => {
  test.each([
    ['2026-02-06', 'UTC', ['reuters-6']],
    ['2026-02-07', 'UTC', ['aljazeera-7', 'gulfnews-7', 'bbc-late-7']],
    ['2026-02-08', 'UTC', ['ap-8', 'cnn-early-8']],
    // 23:30 UTC is already 8 Feb in Tehran; bare dates stay on their own day in every zone
    ['2026-02-07', 'Asia/Tehran', ['aljazeera-7', 'gulfnews-7']],
    ['2026-02-08', 'Asia/Tehran', ['ap-8', 'bbc-late-7', 'cnn-early-8']],
    // 02:00 UTC on 8 Feb is 21:00 on 7 Feb in New York
    ['2026-02-07', 'America/New_York', ['aljazeera-7', 'gulfnews-7', 'bbc-late-7', 'cnn-early-8']],
    ['2026-02-08', 'America/New_York', ['ap-8']],
    ['2026-02-09', 'UTC', []],
  ])('%s in %s', (date, zone, expected) => {
    expect(ids(date, zone).sort()).toEqual([...expected].sort())
  })

  test('every article lands on exactly one day', () => {
    for (const zone of ['UTC', 'Asia/Tehran', 'America/New_York', 'Pacific/Kiritimati']) {
      const days = ['2026-02-05', '2026-02-06', '2026-02-07', '2026-02-08', '2026-02-09']
      const all = days.flatMap((d) => ids(d, zone))
      expect(all.sort()).toEqual(
        multiDayStory()
          .articles.map((a) => a.id)
          .sort(),
      )
    }
  })

  test('articles carry outlet, headline, link and local time (null for a bare date)', () => {
    const digest = composeDigest(multiDayStory(), '2026-02-07', 'Europe/London')
    expect(digest.articles.map((a) => a.article)).toEqual(['aljazeera-7', 'gulfnews-7', 'bbc-late-7']) // by instant
    expect(digest.articles[1]).toMatchObject({ source: 'Gulf News Week', time: '05:30' })
    expect(digest.articles[2]).toMatchObject({ source: 'BBC', time: '23:30' })
    expect(digest.articles.find((a) => a.article === 'aljazeera-7')).toMatchObject({
      time: null,
      url: 'https://news.example/aljazeera-7',
      published: '2026-02-07',
    })
  })
})

describe('composeDigest: statements', () => {
  const digest = composeDigest(multiDayStory(), '2026-02-07', 'UTC')

  test('only the day’s own statements, grouped by speaker, busiest first', () => {
    expect(digest.quotes.every((q) => ['aljazeera-7', 'gulfnews-7', 'bbc-late-7'].includes(q.article))).toBe(true)
    expect(digest.groups.map((g) => g.speaker)).toEqual(['Abbas Araghchi', 'Donald Trump', 'Steve Witkoff'])
    const texts = digest.groups.flatMap((g) => g.statements.map((s) => s.text)).join(' | ')
    expect(texts).not.toContain('defend the rights') // 6 February
    expect(texts).not.toContain('ball is in') // 8 February
  })

  test('two outlets reporting the same statement make one entry crediting both', () => {
    const araghchi = digest.groups[0]
    expect(araghchi?.role).toBe('Iran’s foreign minister')
    const missiles = araghchi?.statements.filter((s) => s.text.includes('never negotiable')) ?? []
    expect(missiles).toHaveLength(1)
    const [entry] = missiles
    expect(entry?.text).toBe('Our missile programme is related to a defence issue and is never negotiable,')
    expect(entry?.citations.map((c) => [c.source, c.paragraph])).toEqual([
      ['Gulf News Week', 3],
      ['Al Jazeera', 1],
      ['Gulf News Week', 1],
    ])
    expect(entry?.citations.map((c) => c.text)).toEqual([
      'Our missile programme is related to a defence issue and is never negotiable,',
      'never negotiable',
      'never negotiable',
    ])
    expect(digest.text).toMatch(/never negotiable,”\n {2}7 Feb 2026 · Gulf News Week ¶3, ¶1; also Al Jazeera ¶1\n/)
  })

  test('different statements of one speaker stay apart; each is dated', () => {
    const araghchi = digest.groups[0]
    expect(araghchi?.statements).toHaveLength(2)
    expect(araghchi?.statements.find((s) => s.text === 'very positive')).toMatchObject({
      date: '2026-02-06',
      dateBasis: 'stated',
    })
    expect(digest.groups[1]?.statements.map((s) => [s.text, s.kind, s.date, s.dateBasis])).toEqual([
      ['very good', 'direct', '2026-02-07', 'published'],
      ['another round would follow next week', 'indirect', '2026-02-07', 'published'],
    ])
  })

  test('statements nobody can be named for are listed in quotes but not grouped', () => {
    expect(digest.quotes.some((q) => q.speaker === null)).toBe(true)
    expect(digest.groups.flatMap((g) => g.statements).some((s) => s.text.startsWith('Negotiations will end'))).toBe(
      false,
    )
  })

  test('the same words from two different speakers are not merged', () => {
    const a = article({ id: 'x', source: 'X', published: '2026-03-01', paragraphs: ['A said “talks are over”.'] })
    const b = article({ id: 'y', source: 'Y', published: '2026-03-01', paragraphs: ['B said “talks are over”.'] })
    const s = story([a, b], [quote(a, 1, 'talks are over', 'Person A'), quote(b, 1, 'talks are over', 'Person B')])
    expect(composeDigest(s, '2026-03-01', 'UTC').groups.map((g) => g.statements.length)).toEqual([1, 1])
  })
})

describe('composeDigest: timeline', () => {
  test('what the day’s coverage dated, with the sentence, in date order, one entry per event', () => {
    const digest = composeDigest(multiDayStory(), '2026-02-07', 'UTC')
    expect(digest.timeline.map((e) => [e.date, e.expression, e.citations.map((c) => c.article)])).toEqual([
      ['2025', 'last year', ['gulfnews-7']],
      ['2026-02-06', 'Friday’s', ['aljazeera-7']],
      ['2026-02-06', 'on Friday', ['gulfnews-7']],
      ['2026-02-07', 'on Saturday', ['aljazeera-7']],
      ['2026-02-07', 'on Saturday', ['gulfnews-7']],
      ['2026-W07', 'next week', ['aljazeera-7']],
    ])
    expect(digest.timeline[0]?.text).toBe('The negotiations, held in Oman on Friday, were the first since last year.')
    expect(digest.timeline.some((e) => e.citations.some((c) => c.article === 'reuters-6'))).toBe(false)
  })

  test('two outlets dating the same event in the same words make one entry', () => {
    const p = 'Talks resumed in Muscat on Friday.'
    const a = article({ id: 'a', source: 'A', published: '2026-03-01', paragraphs: [p] })
    const b = article({ id: 'b', source: 'B', published: '2026-03-01', paragraphs: [`MUSCAT — ${p}`] })
    const s = story([a, b], [], [mention(a, 1, 'on Friday', '2026-02-27'), mention(b, 1, 'on Friday', '2026-02-27')])
    const [event, ...rest] = composeDigest(s, '2026-03-01', 'UTC').timeline
    expect(rest).toHaveLength(0)
    expect(event?.citations.map((c) => c.source)).toEqual(['A', 'B'])
  })
})

describe('composeDigest: empty days and bad input', () => {
  test('a day without coverage says so in one line', () => {
    const digest = composeDigest(multiDayStory(), '2026-02-10', 'Europe/London')
    expect(digest).toMatchObject({ empty: true, articles: [], quotes: [], groups: [], timeline: [] })
    expect(digest.text).toBe('No new coverage of the Iran–US talks on Tuesday 10 February 2026 (Europe/London).')
  })

  test.each([
    ['2026-02-30', 'UTC', /not a calendar date/],
    ['07/02/2026', 'UTC', /YYYY-MM-DD/],
    ['2026-02-07', 'Mars/Olympus', /not a time zone/],
  ])('%s in %s is refused', (date, zone, message) => {
    expect(() => composeDigest(multiDayStory(), date, zone)).toThrow(DigestInputError)
    expect(() => composeDigest(multiDayStory(), date, zone)).toThrow(message)
  })

  test('the zone is canonicalised', () => {
    expect(composeDigest(multiDayStory(), '2026-02-07', 'europe/london').timezone).toBe('Europe/London')
  })
})

describe('digestForCli', () => {
  test.each([
    ['UTC', '2026-02-08T01:00:00Z', '2026-02-07'],
    ['America/New_York', '2026-02-08T01:00:00Z', '2026-02-06'], // still 7 Feb, 20:00, in New York
    ['Asia/Tehran', '2026-02-07T21:00:00Z', '2026-02-07'], // already 8 Feb, 00:30, in Tehran
  ])('defaults to yesterday in %s (now %s)', (tz, now, day) => {
    expect(digestForCli(multiDayStory(), { tz, now: new Date(now) }).date).toBe(day)
  })

  test('an explicit date wins; a bad zone is a usage error', () => {
    expect(digestForCli(multiDayStory(), { date: '2026-02-06', tz: 'UTC', now: new Date() }).articles).toHaveLength(1)
    expect(() => digestForCli(multiDayStory(), { tz: 'Nowhere', now: new Date() })).toThrow(DigestInputError)
  })

  test('digest --date 2026-02-07 --tz UTC covers the two launch articles', async () => {
    const corpus = await loadCorpus('corpus', { timezone: 'UTC' })
    const digest = digestForCli(analyzeStory(corpus.articles), { date: '2026-02-07', tz: 'UTC', now: new Date() })
    expect(digest.articles.map((a) => a.source).sort()).toEqual(['Al Jazeera', 'Gulf News Week'])
    expect(digest.text).toContain('Iran draws red lines on missiles')
    expect(JSON.parse(JSON.stringify(digest))).toMatchObject({ date: '2026-02-07', timezone: 'UTC' })
  })
})
