/** The state one running Slack app shares between its listeners. */
import type { AnswerPoster } from './answer-poster.js'
import { DraftStore } from './drafts.js'
import { RecentKeys } from './recent.js'
import { ShareStore } from './share.js'
import type { SlackDeps } from './types.js'
import { WorkQueue } from './work-queue.js'

export type SlackRuntime = {
  deps: SlackDeps
  /** Button values for long questions. */
  shares: ShareStore
  /** Deliveries already handled (event ids, messages, share clicks). */
  recent: RecentKeys
  /** Articles previewed and not yet added or cancelled. */
  drafts: DraftStore
  /** Answers are worked out here, one at a time, off the acknowledgement path; shutdown drains it. */
  queue: WorkQueue
  /** Posts mention answers without blind retries (null: the listener's own client, e.g. in tests of wiring). */
  poster: AnswerPoster | null
}

export const createRuntime = (
  deps: SlackDeps,
  parts: { queue?: WorkQueue; poster?: AnswerPoster } = {},
): SlackRuntime => ({
  deps,
  shares: new ShareStore(),
  recent: new RecentKeys(),
  drafts: new DraftStore(),
  queue: parts.queue ?? new WorkQueue(),
  poster: parts.poster ?? null,
})
