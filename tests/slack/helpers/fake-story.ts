/** A stand-in for the engine, for the cases the bundled corpus cannot produce. */
import type { Answer, Citation, SourceEntry, TimelineEntry, WhoEntry } from '../../../src/answer/types.js'
import type { StoryService } from '../../../src/slack/types.js'
import type { Quote } from '../../../src/story/types.js'

export const citation = (over: Partial<Citation> = {}): Citation => ({
  article: '2026-02-07-test-wire-talks',
  paragraph: 2,
  text: 'Araghchi told reporters on Saturday that the missile programme was “never negotiable”, according to officials.',
  source: 'Test Wire',
  title: 'Iran says missiles are off the table',
  published: '2026-02-07',
  url: 'https://example.com/talks',
  ...over,
})

/** An answer whose words are in its first citation. */
export const answered = (question: string, over: Partial<Citation> = {}, extra: Citation[] = []): Answer => {
  const c = citation(over)
  return {
    question,
    answer: {
      text: 'the missile programme was “never negotiable”',
      speaker: 'Abbas Araghchi',
      role: "Iran's foreign minister",
      date: '2026-02-07',
      dateBasis: 'stated',
    },
    citations: [c, ...extra],
  }
}

export const source = (over: Partial<SourceEntry> = {}): SourceEntry => ({
  article: '2026-02-07-test-wire-talks',
  title: 'Iran says missiles are off the table',
  source: 'Test Wire',
  published: '2026-02-07',
  url: 'https://example.com/talks',
  paragraphs: 12,
  ...over,
})

export const quote = (over: Partial<Quote> = {}): Quote => ({
  article: '2026-02-07-test-wire-talks',
  paragraph: 2,
  text: 'never negotiable',
  kind: 'direct',
  speaker: 'Abbas Araghchi',
  role: "Iran's foreign minister",
  said: '2026-02-07',
  source: 'Test Wire',
  published: '2026-02-07',
  start: 0,
  end: 16,
  ...over,
})

export type FakeStoryOptions = {
  ask?: (question: string) => Answer
  who?: () => WhoEntry[]
  whoNamed?: (name: string) => Quote[]
  sources?: () => SourceEntry[]
  timeline?: () => TimelineEntry[]
}

export const fakeStory = (o: FakeStoryOptions = {}): StoryService => ({
  ask: o.ask ?? ((question) => answered(question)),
  who:
    o.who ??
    (() => [
      {
        speaker: 'Abbas Araghchi',
        role: "Iran's foreign minister",
        statements: 3,
        first: '2026-02-06',
        last: '2026-02-07',
      },
    ]),
  whoNamed: o.whoNamed ?? (() => [quote()]),
  sources: o.sources ?? (() => [source()]),
  timeline: o.timeline ?? (() => []),
})
