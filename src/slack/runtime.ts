/** The state one running Slack app shares between its listeners. */
import { DraftStore } from './drafts.js'
import { RecentKeys } from './recent.js'
import { ShareStore } from './share.js'
import type { SlackDeps } from './types.js'

export type SlackRuntime = {
  deps: SlackDeps
  /** Button values for long questions. */
  shares: ShareStore
  /** Deliveries already handled (event ids, messages, share clicks). */
  recent: RecentKeys
  /** Articles previewed and not yet added or cancelled. */
  drafts: DraftStore
}

export const createRuntime = (deps: SlackDeps): SlackRuntime => ({
  deps,
  shares: new ShareStore(),
  recent: new RecentKeys(),
  drafts: new DraftStore(),
})
