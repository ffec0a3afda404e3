/** The names Slack knows the app by. `manifest.yml` must agree (a test checks it). */

/** The slash command. */
export const COMMAND = '/iran-talks'

/** Block action ids. */
export const ACTIONS = {
  /** The Share in channel button under a private answer. */
  shareAnswer: 'share_answer',
  /** Add and Cancel under the preview of an article to add. */
  addArticle: 'add_article',
  cancelAdd: 'cancel_add',
  /** Opens the form to paste an article's text (when its page could not be read). */
  pasteArticle: 'paste_article',
} as const

/** Message shortcuts (callback ids). */
export const SHORTCUTS = {
  addToStory: 'add_to_story',
} as const

/** Modal views (callback ids). */
export const VIEWS = {
  pasteArticle: 'paste_article_form',
} as const

/** Events API events the app listens to. */
export const EVENTS = ['app_mention'] as const
