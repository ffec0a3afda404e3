import type { App, MessageShortcut } from '@slack/bolt'
import { SHORTCUTS } from '../../ids.js'
import type { SlackRuntime } from '../../runtime.js'
import { addToStory } from './add-to-story.js'

export const register = (app: App, rt: SlackRuntime): void => {
  app.shortcut<MessageShortcut>(SHORTCUTS.addToStory, addToStory(rt))
}
