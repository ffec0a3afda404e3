import type { App } from '@slack/bolt'
import { COMMAND } from '../../ids.js'
import type { SlackRuntime } from '../../runtime.js'
import { iranTalksCommand } from './iran-talks.js'

export const register = (app: App, rt: SlackRuntime): void => {
  app.command(COMMAND, iranTalksCommand(rt))
}
