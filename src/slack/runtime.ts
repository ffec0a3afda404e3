/** The state one running Slack app shares between its listeners. */
import { RecentKeys } from './recent.js'
import { ShareStore } from './share.js'
import type { SlackDeps } from './types.js'

export type SlackRuntime = {
  deps: SlackDeps
  /** Button values for long questions. */
  shares: ShareStore
  /** Deliveries already handled (event ids, messages, share clicks). */
  recent: RecentKeys
}

export const createRuntime = (deps: SlackDeps): SlackRuntime => ({
  deps,
  shares: new ShareStore(),
  recent: new RecentKeys(),
})
