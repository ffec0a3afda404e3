/**
 * The core's front door for the surfaces (CLI, Slack): one object that holds the analysed story and its index
 * and answers every kind of request. Pure apart from reading the corpus.
 */
import { answerQuestion } from './answer/compose.js'
import { StoryLookup } from './answer/story-lookup.js'
import { buildTimeline } from './answer/timeline.js'
import type { Answer, SourceEntry, TimelineEntry, WhoEntry } from './answer/types.js'
import { listSpeakers } from './answer/who.js'
import { buildIndex, type StoryIndex } from './search/story-index.js'
import { analyzeStory } from './story/analyze.js'
import { loadCorpus } from './story/load-corpus.js'
import type { CorpusProblem, DateMention, Quote, Story } from './story/types.js'

export type EngineOptions = { corpusDir: string; timezone: string }

export class Engine {
  private lookup: StoryLookup

  constructor(
    story: Story,
    private index: StoryIndex = buildIndex(story.articles, story.quotes),
    readonly problems: CorpusProblem[] = [],
  ) {
    this.lookup = new StoryLookup(story)
  }

  get story(): Story {
    return this.lookup.story
  }

  /** Answers a question from the coverage: verbatim, cited, or null when the coverage does not answer. */
  ask(question: string): Answer {
    return answerQuestion({ lookup: this.lookup, index: this.index }, question)
  }

  /** The resolved time expressions of one paragraph. */
  dates(article: string, paragraph: number): readonly DateMention[] {
    return this.lookup.dates(article, paragraph)
  }

  /** Every statement, optionally of one speaker (matched by any part of the name, ignoring case). */
  quotes(speaker?: string): Quote[] {
    if (!speaker) return this.story.quotes
    const needle = speaker.trim().toLowerCase()
    return this.story.quotes.filter((q) => q.speaker?.toLowerCase().includes(needle))
  }

  /** Everyone quoted, most statements first. */
  who(): WhoEntry[] {
    return listSpeakers(this.story)
  }

  /** One person's statements, newest first. */
  whoNamed(name: string): Quote[] {
    const dated = (q: Quote) => q.said ?? this.lookup.article(q.article)?.localDate ?? ''
    return this.quotes(name)
      .map((q, i) => ({ q, i }))
      .sort((a, b) => dated(b.q).localeCompare(dated(a.q)) || a.i - b.i)
      .map(({ q }) => q)
  }

  sources(): SourceEntry[] {
    return this.story.articles.map((a) => ({
      article: a.id,
      title: a.title,
      source: a.source,
      published: a.published,
      url: a.url,
      paragraphs: a.paragraphs.length,
    }))
  }

  /** Dated events in order, each with the sentence that dates it. */
  timeline(): TimelineEntry[] {
    return buildTimeline(this.story)
  }
}

/** Reads the corpus, analyses it and builds the index. Broken files come back in `problems`. */
export async function openEngine(options: EngineOptions): Promise<Engine> {
  const corpus = await loadCorpus(options.corpusDir, { timezone: options.timezone })
  const story = analyzeStory(corpus.articles)
  return new Engine(story, undefined, corpus.problems)
}
