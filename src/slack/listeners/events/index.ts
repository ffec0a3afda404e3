import type { App } from '@slack/bolt'
import type { SlackRuntime } from '../../runtime.js'
import { appMention } from './app-mention.js'

export const register = (app: App, rt: SlackRuntime): void => {
  app.event('app_mention', appMention(rt))
}
