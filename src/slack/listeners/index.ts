/** Registers every listener: one callback per file, grouped by kind (commands, events, actions, shortcuts, views). */
import type { App } from '@slack/bolt'
import type { SlackRuntime } from '../runtime.js'
import * as actions from './actions/index.js'
import * as commands from './commands/index.js'
import * as events from './events/index.js'
import * as shortcuts from './shortcuts/index.js'
import * as views from './views/index.js'

export const registerListeners = (app: App, rt: SlackRuntime): void => {
  commands.register(app, rt)
  events.register(app, rt)
  actions.register(app, rt)
  shortcuts.register(app, rt)
  views.register(app, rt)
}
