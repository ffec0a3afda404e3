/** The state one running Slack app shares between its listeners. */
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
  /** Answers are worked out here, one at a time, off the acknowledgement path; shutdown drains it. */
  queue: WorkQueue
}

export const createRuntime = (deps: SlackDeps, parts: { queue?: WorkQueue } = {}): SlackRuntime => ({
  deps,
  shares: new ShareStore(),
  recent: new RecentKeys(),
  queue: parts.queue ?? new WorkQueue(),
})
