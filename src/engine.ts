/**
 * The core's front door for the surfaces (CLI, Slack): one object that holds the analysed story and its index
 * and answers every kind of request. Pure apart from reading the corpus.
 */
import type { Answer, SourceEntry, TimelineEntry, WhoEntry } from './answer/types.js'
import { analyzeStory } from './story/analyze.js'
import { loadCorpus } from './story/load-corpus.js'
import type { CorpusProblem, Quote, Story } from './story/types.js'

export type EngineOptions = { corpusDir: string; timezone: string }

export class Engine {
  constructor(
    private current: Story,
    readonly problems: CorpusProblem[] = [],
  ) {}

  get story(): Story {
    return this.current
  }

  /** Answers a question from the coverage: verbatim, cited, or null when the coverage does not answer. */
  ask(question: string): Answer {
    return { question, answer: null, citations: [] }
  }

  /** Every statement, optionally of one speaker (matched by any part of the name). */
  quotes(speaker?: string): Quote[] {
    if (!speaker) return this.current.quotes
    const needle = speaker.toLowerCase()
    return this.current.quotes.filter((q) => q.speaker?.toLowerCase().includes(needle))
  }

  /** Everyone quoted. */
  who(): WhoEntry[] {
    return []
  }

  /** One person's statements, newest first. */
  whoNamed(name: string): Quote[] {
    return this.quotes(name)
  }

  sources(): SourceEntry[] {
    return this.current.articles.map((a) => ({
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
    return []
  }
}

/** Reads the corpus, analyses it and builds the index. Broken files come back in `problems`. */
export async function openEngine(options: EngineOptions): Promise<Engine> {
  const corpus = await loadCorpus(options.corpusDir, { timezone: options.timezone })
  return new Engine(analyzeStory(corpus.articles), corpus.problems)
}
