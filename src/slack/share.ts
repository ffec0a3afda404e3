/**
 * The Share in channel button carries the question, so the shared answer is the same one. A button value holds at
 * most 2,000 characters and a question up to 4,000: long questions are kept in a bounded in-memory store and the
 * button carries a key to them (after a restart such a button asks the person to ask again).
 */
import { randomUUID } from 'node:crypto'
import { LIMITS } from '../render/mrkdwn.js'

type ShareValue = { q: string } | { k: string }

export class ShareStore {
  private readonly questions = new Map<string, string>()

  constructor(readonly capacity = 1000) {}

  /** The button value for `question`, always within the action-value limit. */
  encode(question: string): string {
    const inline = JSON.stringify({ q: question } satisfies ShareValue)
    if (inline.length <= LIMITS.actionValue) return inline
    const key = randomUUID()
    this.questions.set(key, question)
    while (this.questions.size > this.capacity) {
      const oldest = this.questions.keys().next()
      if (oldest.done) break
      this.questions.delete(oldest.value)
    }
    return JSON.stringify({ k: key } satisfies ShareValue)
  }

  /** The question a button value stands for, or null when it is unknown (forgotten, or not ours). */
  decode(value: string | undefined): string | null {
    if (!value) return null
    let parsed: unknown
    try {
      parsed = JSON.parse(value)
    } catch {
      return null
    }
    if (typeof parsed !== 'object' || parsed === null) return null
    if ('q' in parsed && typeof parsed.q === 'string') return parsed.q
    if ('k' in parsed && typeof parsed.k === 'string') return this.questions.get(parsed.k) ?? null
    return null
  }
}
