/**
 * Articles previewed in Slack and waiting for Add or Cancel, kept in memory under a random key that the buttons
 * carry (a bounded number; after a restart the Add button fetches the link again). Taking a draft removes it, so
 * a double-clicked Add adds once.
 */
import { randomBytes } from 'node:crypto'
import type { ArticleDraft } from '../ingest/draft.js'

export class DraftStore {
  private readonly drafts = new Map<string, ArticleDraft>()

  constructor(readonly capacity = 200) {}

  /** Keeps `draft`; returns its key. */
  put(draft: ArticleDraft): string {
    const key = randomBytes(9).toString('base64url')
    this.drafts.set(key, draft)
    while (this.drafts.size > this.capacity) {
      const oldest = this.drafts.keys().next()
      if (oldest.done) break
      this.drafts.delete(oldest.value)
    }
    return key
  }

  get(key: string | undefined): ArticleDraft | undefined {
    return key === undefined ? undefined : this.drafts.get(key)
  }

  /** The draft, removed from the store (undefined when unknown or already taken). */
  take(key: string | undefined): ArticleDraft | undefined {
    const draft = this.get(key)
    if (key !== undefined) this.drafts.delete(key)
    return draft
  }

  /** Puts a taken draft back under its key (e.g. when adding it failed). */
  restore(key: string, draft: ArticleDraft): void {
    this.drafts.set(key, draft)
  }
}
