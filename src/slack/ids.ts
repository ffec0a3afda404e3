/** The names Slack knows the app by. `manifest.yml` must agree (a test checks it). */

/** The slash command. */
export const COMMAND = '/iran-talks'

/** Block action ids. */
export const ACTIONS = {
  /** The Share in channel button under a private answer. */
  shareAnswer: 'share_answer',
} as const

/** Events API events the app listens to. */
export const EVENTS = ['app_mention'] as const
